package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.newsgraph.RelationType;

/**
 * What a rule found for one sector mention before it becomes {@link org.newsgraph.Relation}s: the
 * type, the countries it is about (owners), the counterparts, the trigger tokens and the rule name.
 * {@code mutual} owners ("China and South Korea compete") are each other's counterpart.
 */
record Finding(
    RelationType type,
    ImmutableList<CountryRef> owners,
    ImmutableList<CountryRef> counterparts,
    Optional<TriggerMention> trigger,
    boolean mutual,
    RuleTrace rule) {}

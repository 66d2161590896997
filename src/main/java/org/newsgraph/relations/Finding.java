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
    RuleTrace rule) {

  /** This finding with {@code newOwners} as its owners. */
  Finding withOwners(ImmutableList<CountryRef> newOwners) {
    return new Finding(type, newOwners, counterparts, trigger, mutual, rule);
  }

  /** This finding with {@code newCounterparts} as its counterparts. */
  Finding withCounterparts(ImmutableList<CountryRef> newCounterparts) {
    return new Finding(type, owners, newCounterparts, trigger, mutual, rule);
  }
}

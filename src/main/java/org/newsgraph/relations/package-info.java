/**
 * Country–sector relations as defined by the country–sector guideline: sector terms, country references
 * and typed rules with evidence.
 */
package org.newsgraph.relations;

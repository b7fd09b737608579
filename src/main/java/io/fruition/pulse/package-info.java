/**
 * The relationship pulse: rounds in which the customer's members rate the partnership and the supplier predicts
 * their view, the results as each member may see them (scores, the perception gap, comments), and the action
 * plans that answer every concern.
 */
package io.fruition.pulse;

/**
 * The pulse page (/pulse): the current round, the scores by round against the target, the perception gap, the
 * comments the customer allowed, the action plans; and the pulse's part of a task's context.
 */
@NamedInterface("views")
package io.fruition.pulse.ui;

import org.springframework.modulith.NamedInterface;

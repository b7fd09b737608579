/**
 * What happened to an idea's process and what waits for it: the engine's history read as steps, the step visits
 * kept beyond history cleanup, stage times for the portfolio, the timers still to fire, and the BPMN diagram drawn
 * with the current step.
 */
@NamedInterface("history")
package io.fruition.process.history;

import org.springframework.modulith.NamedInterface;

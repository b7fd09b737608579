/**
 * The task workspace's engine side: the inbox and its queries, a task's form and values, claiming, handing on and
 * completing, the tasks a member holds, and who a new task is offered to ({@code TaskOpened}); and
 * {@code ProcessSteps}, which drives a process by step for trusted callers (the demo data and the tests).
 */
@NamedInterface("task")
package io.fruition.process.task;

import org.springframework.modulith.NamedInterface;

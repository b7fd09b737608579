/**
 * Everything that touches the Camunda engine, in rooms by what they do. Other features never use the engine
 * directly; they call this package's public types or listen to the events it publishes.
 * <ul>
 * <li>this package: the process model ({@link io.fruition.process.IdeaProcess}: keys, element ids, typed
 * variables), starting and withdrawing an idea's process, and moving the shared clock; it uses none of the rooms,
 * which all use it;</li>
 * <li>{@code steps}: the beans the BPMN calls at each step (delegates, listeners, deadlines, form words);</li>
 * <li>{@code task}: the task workspace's engine side (inbox queries, forms, actions, hand-over, who is asked), and
 * for trusted callers (demo data, tests) driving a process by step;</li>
 * <li>{@code history}: what happened and what waits (history, step visits, stage times, timers, the diagram);</li>
 * <li>{@code engine}: engine plumbing and its doors (configuration, clock, tenants, authorizations, REST and webapp
 * security, one completion path);</li>
 * <li>{@code identity}: the engine reads users, groups and tenants from Fruition's tables.</li>
 * </ul>
 */
package io.fruition.process;


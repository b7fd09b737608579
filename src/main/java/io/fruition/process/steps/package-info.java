/**
 * The beans the BPMN models call by name ({@code ${screening.decided(task)}}, {@code ${lifecycle.screeningDue(partnership)}}):
 * each step's delegate or listener hands the step's typed variables to the feature that owns the data, and sets the
 * variables the next gateway reads. Deadlines come from the partnership's lifecycle settings ({@code LifecycleTimers}).
 */
package io.fruition.process.steps;


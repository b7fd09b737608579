/** The human-task workspace: the inbox and the task view (in task.ui), over the process module's task API. */
package io.fruition.task;

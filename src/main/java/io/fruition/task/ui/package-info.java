/** Vaadin views of the human-task workspace: /tasks and /tasks/{id}. */
package io.fruition.task.ui;

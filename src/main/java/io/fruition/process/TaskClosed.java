package io.fruition.process;

/** A user task was completed or cancelled: nothing about it waits for anyone any more. */
public record TaskClosed(String taskId) {
}

-- A task's "waits for you" notices are found by its link when the task is done, to mark them read.
create index ix_notification_link on notification (link);

package io.fruition.notification;

/** Why somebody is told something. */
public enum NoticeKind {
    STATUS_CHANGED, TASK_WAITING, ESCALATION, REMINDER, MENTION, WELCOME, PULSE, COMMITMENT, WEBHOOK
}

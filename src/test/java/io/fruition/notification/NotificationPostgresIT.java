package io.fruition.notification;

import io.fruition.support.FruitionPostgresTest;

/** The notification scenarios on a real PostgreSQL 17. */
@FruitionPostgresTest
class NotificationPostgresIT extends NotificationScenarios {
}

package io.fruition.notification;

import io.fruition.support.FruitionSpringTest;

/** The notification scenarios on the embedded H2 database. */
@FruitionSpringTest
class NotificationH2Test extends NotificationScenarios {
}

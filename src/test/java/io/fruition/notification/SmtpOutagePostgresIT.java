package io.fruition.notification;

import io.fruition.support.FruitionPostgresTest;

/** The SMTP outage drill on a real PostgreSQL 17. */
@FruitionPostgresTest
class SmtpOutagePostgresIT extends SmtpOutageScenarios {
}

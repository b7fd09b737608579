package io.fruition.notification;

import io.fruition.support.FruitionSpringTest;

/** The SMTP outage drill on the embedded H2 database. */
@FruitionSpringTest
class SmtpOutageH2Test extends SmtpOutageScenarios {
}

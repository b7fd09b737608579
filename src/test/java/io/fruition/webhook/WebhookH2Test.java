package io.fruition.webhook;

import io.fruition.support.FruitionSpringTest;

/** Webhooks on the embedded H2 database. */
@FruitionSpringTest
class WebhookH2Test extends WebhookScenarios {
}

package io.fruition.webhook;

import io.fruition.support.FruitionPostgresTest;

/** Webhooks on a real PostgreSQL 17. */
@FruitionPostgresTest
class WebhookPostgresIT extends WebhookScenarios {
}

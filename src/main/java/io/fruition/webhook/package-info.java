/**
 * Outbound webhooks per partnership: endpoints managed by administrators and the partnership's innovation leads,
 * events as signed CloudEvents (or a short chat message for Slack and Teams) written to an outbox with the change
 * they announce and sent after it commits, retried, logged, never to a private address in production.
 */
package io.fruition.webhook;

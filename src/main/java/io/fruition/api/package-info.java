/**
 * The JSON API (/api) for the systems around Fruition: what members do in the UI, with the same rules, described
 * by its OpenAPI contract at /api/openapi; HTTP Basic or personal API tokens; RFC 9457 problem details.
 */
package io.fruition.api;

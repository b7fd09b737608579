/** The JSON API over ideas (/api/ideas), described by OpenAPI at /api/openapi. */
package io.fruition.idea.api;

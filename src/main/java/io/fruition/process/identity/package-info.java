/**
 * Lets the engine, its REST API and Camunda's webapps read users, groups and tenants from Fruition's own
 * tables (read-only), so there is one source of truth for who exists and where they belong.
 */
package io.fruition.process.identity;

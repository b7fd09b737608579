/**
 * The engine's own doors, held to Fruition's rules: its authorizations (derived from Fruition's roles), the
 * completion of every task through one validation whichever route it comes by, what the engine's history may
 * keep, and the REST API's and webapps' security and error answers.
 */
package io.fruition.process.engine;

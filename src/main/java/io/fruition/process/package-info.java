/**
 * Everything that touches the Camunda engine: process keys, element ids, typed variables, delegates and
 * listeners, task queries, the identity bridge and the engine's REST security. Other features never use the
 * engine directly; they call this package or publish events it listens to.
 */
package io.fruition.process;

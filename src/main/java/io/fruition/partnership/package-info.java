/** Organisations, partnerships between a supplier and a customer, their members, sides and roles. */
package io.fruition.partnership;

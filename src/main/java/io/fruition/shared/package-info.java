/** The few types every feature shares: how a refusal of bad input is reported. */
package io.fruition.shared;

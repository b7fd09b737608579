/** Portfolio figures: what the innovation programme has produced for each side. */
package io.fruition.analytics;

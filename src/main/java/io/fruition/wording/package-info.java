/**
 * How Fruition reads to a person: amounts in the partnership's currency with digit grouping, one date style for
 * the reader's locale, people by their full names with their side in words, codes as words. Every route (the
 * Vaadin UI, the forms' text through process variables, the PDF board pack, e-mail) formats through here, so a
 * figure reads the same wherever it appears.
 */
package io.fruition.wording;

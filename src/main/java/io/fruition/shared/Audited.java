package io.fruition.shared;

import java.util.Map;

/**
 * A change somebody made that the audit log keeps: published inside the transaction of the change, so a change
 * that rolls back leaves no entry and an accepted one always has one. Features publish it; the administration
 * module writes it, so no feature depends on the audit log itself.
 */
public record Audited(String actor, String action, String subject, Map<String, ?> before, Map<String, ?> after) {
}

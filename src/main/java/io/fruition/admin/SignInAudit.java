package io.fruition.admin;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.security.SignInRecorded;

/**
 * Sign-ins, wrong passwords and throttled callers in the audit log, with the address they came from; never the
 * password. Written in a transaction of its own: a refused sign-in has nothing else to commit.
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SignInRecorded event) {
        String action = switch (event.outcome()) {
            case SIGNED_IN -> "Signed in";
            case WRONG_PASSWORD -> "Sign-in refused: wrong user name or password";
            case THROTTLED -> "Sign-in throttled: too many failures";
        };
        // What a caller typed as a user name may be anything: the log keeps a bounded, printable version.
        String who = printable(event.username(), 64);
        audit.record(who, action, "Account " + who, null, Map.of("address", printable(event.address(), 100)));
    }

    private static String printable(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}

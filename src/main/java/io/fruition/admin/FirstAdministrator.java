package io.fruition.admin;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;
import io.fruition.shared.InvalidInputException;

/**
 * The first administrator of a production install, from configuration ({@code FRUITION_ADMIN_USERNAME} and
 * {@code FRUITION_ADMIN_PASSWORD}): created once, when no active administrator exists, with the password held to
 * the profile's policy and never logged. Without the settings, an install without an administrator says how to
 * make one.
 */
@Component
class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    @ConfigurationProperties("fruition.admin")
    record Settings(String username, String password, String displayName, String email) {
    }

    private final Settings settings;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    FirstAdministrator(Settings settings, UserAccounts accounts, AuditLog audit, TransactionTemplate transaction) {
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** After the demo data, which brings its own administrator where it is on. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void ensure() {
        if (accounts.anActiveAdministratorExists()) {
            return;
        }
        if (blank(settings.username()) || blank(settings.password())) {
            LOG.warn("Fruition has no active administrator. Set FRUITION_ADMIN_USERNAME and FRUITION_ADMIN_PASSWORD "
                    + "and restart to create the first one.");
            return;
        }
        try {
            UserAccount admin = transaction.execute(status -> {
                UserAccount created = accounts.create(settings.username().strip(),
                        blank(settings.displayName()) ? "Administrator" : settings.displayName(), settings.email(),
                        settings.password(), true);
                audit.record("system", "First administrator created", created.getUsername(), null,
                        Map.of("user name", created.getUsername(), "administrator", "yes"));
                return created;
            });
            LOG.info("Created the first administrator, '{}'. Sign in and open Administration.", admin.getUsername());
        } catch (InvalidInputException refused) {
            // The problems name the fields, never the password itself.
            throw new IllegalStateException("The first administrator from FRUITION_ADMIN_USERNAME and "
                    + "FRUITION_ADMIN_PASSWORD was refused: " + String.join(" ", refused.problems()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

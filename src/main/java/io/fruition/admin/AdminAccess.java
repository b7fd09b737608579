package io.fruition.admin;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;

/** Only an active administrator changes the administration, whatever route the change comes by. */
@Component
class AdminAccess {

    private final UserAccounts accounts;

    AdminAccess(UserAccounts accounts) {
        this.accounts = accounts;
    }

    void require(String actor) {
        if (accounts.find(actor).filter(UserAccount::isAdmin).isEmpty()) {
            throw new AccessDeniedException("Only an administrator may do this.");
        }
    }
}

package io.fruition.pulse;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * Who may see and do what with a partnership's pulse: its members see it (another partnership's pulse does not
 * exist for them); the innovation leads, the account managers and administrators may start a round early.
 */
@Component
public class PulseAccess {

    private final Partnerships partnerships;
    private final UserAccounts accounts;

    PulseAccess(Partnerships partnerships, UserAccounts accounts) {
        this.partnerships = partnerships;
        this.accounts = accounts;
    }

    /** The user's membership of the partnership; a stranger is told it does not exist. */
    public Membership member(String username, String prefix) {
        return partnerships.membership(username, prefix).orElseThrow(
                () -> new NotFoundException("There is no partnership '" + prefix + "' of yours."));
    }

    public boolean isAdmin(String username) {
        return accounts.find(username).filter(UserAccount::isActive).map(UserAccount::isAdmin).orElse(false);
    }

    /** Whether the user may start a round of the partnership now, before the calendar would. */
    public boolean mayStartRound(String username, String prefix) {
        if (isAdmin(username)) {
            return partnerships.byPrefix(prefix).isPresent();
        }
        Optional<Membership> m = partnerships.membership(username, prefix);
        return m.isPresent() && (m.get().has(PartnershipRole.INNOVATION_LEAD)
                || m.get().has(PartnershipRole.ACCOUNT_MANAGER));
    }

    void requireStarter(String username, String prefix) {
        if (!mayStartRound(username, prefix)) {
            if (partnerships.membership(username, prefix).isEmpty() && !isAdmin(username)) {
                throw new NotFoundException("There is no partnership '" + prefix + "' of yours.");
            }
            throw new InvalidInputException("Only the innovation leads, the account managers and administrators may "
                    + "start a pulse round early.");
        }
    }

    /** A key contact of the customer: an innovation lead or a board member on the customer's side. */
    static boolean isKeyContact(Membership m) {
        return m.side() == Side.CUSTOMER && (m.has(PartnershipRole.INNOVATION_LEAD)
                || m.has(PartnershipRole.BOARD_MEMBER) || m.has(PartnershipRole.BOARD_CHAIR));
    }

    Partnerships partnerships() {
        return partnerships;
    }
}

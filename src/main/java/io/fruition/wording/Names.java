package io.fruition.wording;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.security.UserAccounts;

/**
 * People as others know them: "Steve Stone" rather than {@code steve}, and "Steve Stone, supplier" where the side
 * matters. Asked for many at once ({@link #in}), one query answers a whole page.
 */
@Service
public class Names {

    private final UserAccounts accounts;
    private final Partnerships partnerships;

    Names(UserAccounts accounts, Partnerships partnerships) {
        this.accounts = accounts;
        this.partnerships = partnerships;
    }

    /** The person's full name, or the user name if nobody has it. */
    public String of(String username) {
        if (username == null) {
            return "";
        }
        return accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }

    /** The names of a partnership's members, read once, for a page that names many people. */
    public Book in(String partnershipPrefix) {
        Map<String, Side> sides = new HashMap<>();
        if (partnershipPrefix != null) {
            partnerships.membersOf(partnershipPrefix).forEach(m -> sides.put(m.username(), m.side()));
        }
        return new Book(accounts.displayNames(sides.keySet()), sides, accounts);
    }

    /** Full names of the given people, for lists that span partnerships (the inbox). */
    public Map<String, String> of(Collection<String> usernames) {
        return accounts.displayNames(usernames);
    }

    /** The names of one partnership's members; people outside it (an administrator) are looked up when asked. */
    public static final class Book {
        private final Map<String, String> names;
        private final Map<String, Side> sides;
        private final UserAccounts accounts;

        Book(Map<String, String> names, Map<String, Side> sides, UserAccounts accounts) {
            this.names = new HashMap<>(names);
            this.sides = sides;
            this.accounts = accounts;
        }

        public String name(String username) {
            if (username == null) {
                return "";
            }
            return names.computeIfAbsent(username, u -> accounts.displayNames(List.of(u)).getOrDefault(u, u));
        }

        public Optional<Side> side(String username) {
            return Optional.ofNullable(sides.get(username));
        }

        /** "Steve Stone, supplier"; just the name for someone who is not a member. */
        public String withSide(String username) {
            return name(username) + side(username).map(s -> ", " + Formats.words(s)).orElse("");
        }
    }
}

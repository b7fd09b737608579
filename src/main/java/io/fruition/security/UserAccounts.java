package io.fruition.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * The one source of truth for who exists and how they prove it. The Vaadin UI, the engine's REST API and
 * Camunda's own webapps all check passwords here.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final SecurityProperties properties;
    private final SignInThrottle throttle;
    private final VerifiedCredentials verified;
    private final ApplicationEventPublisher events;
    /** Checked for unknown user names, so that an unknown name takes as long to refuse as a wrong password. */
    private final String decoyHash;

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, SecurityProperties properties,
            SignInThrottle throttle, VerifiedCredentials verified, ApplicationEventPublisher events) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.throttle = throttle;
        this.verified = verified;
        this.events = events;
        this.decoyHash = passwordEncoder.encode("not a password of anyone");
    }

    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : repository.findById(username).filter(UserAccount::isActive);
    }

    /**
     * Full names by user name, one query for many: deactivated people keep their names in what they did; unknown
     * names are left out.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames != null && !usernames.isEmpty()) {
            repository.findAllById(usernames.stream().filter(Objects::nonNull).distinct().toList())
                    .forEach(a -> names.put(a.getUsername(), a.getDisplayName()));
        }
        return names;
    }

    public List<UserAccount> all() {
        return repository.findByActiveTrueOrderByUsername();
    }

    /** Every account, deactivated ones too, for administration. */
    public List<UserAccount> everyone() {
        return repository.findAllByOrderByUsername();
    }

    /**
     * Deactivates an account: it can no longer sign in anywhere (our UI, the API, Camunda's webapps) and the engine
     * no longer knows it. Deactivating the last active administrator is refused.
     */
    @Transactional
    public UserAccount deactivate(String username) {
        UserAccount account = find(username)
                .orElseThrow(() -> new NotFoundException("There is no active user '" + username + "'."));
        if (account.isAdmin() && repository.countByAdminTrueAndActiveTrue() <= 1) {
            throw new InvalidInputException(account.getDisplayName() + " is the last active "
                    + "administrator; make someone else an administrator first, or nobody could administer Fruition.");
        }
        account.deactivate();
        verified.forget(username);
        return account;
    }

    private static void problem(List<String> problems, Map<String, List<String>> fields,
            String field, String problem) {
        problems.add(problem);
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
    }

    public boolean exist() {
        return repository.count() > 0;
    }

    public boolean anActiveAdministratorExists() {
        return repository.countByAdminTrueAndActiveTrue() > 0;
    }

    /**
     * Whether the password is this active user's. Every way in (our sign-in form, HTTP Basic on /api and
     * /engine-rest, Camunda's webapps) checks passwords here, so the same throttling and audit apply to all.
     *
     * @throws SignInThrottledException when too many attempts failed for this account or from this address
     */
    public boolean checkPassword(String username, String rawPassword) {
        return authenticate(username, rawPassword).isPresent();
    }

    /** The active account whose password this is; see {@link #checkPassword}. */
    public Optional<UserAccount> authenticate(String username, String rawPassword) {
        if (username == null || rawPassword == null || username.isBlank()) {
            return Optional.empty();
        }
        String address = ClientAddress.current();
        throttle.waitFor(username, address).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        Optional<UserAccount> account = find(username);
        if (account.isPresent() && verified.contains(username, rawPassword)) {
            throttle.succeeded(username, address);
            return account;
        }
        boolean matches = passwordEncoder.matches(rawPassword, account.map(UserAccount::getPasswordHash).orElse(decoyHash))
                && account.isPresent();
        if (matches) {
            verified.remember(username, rawPassword);
            throttle.succeeded(username, address);
            events.publishEvent(new SignInRecorded(username, address, SignInRecorded.Outcome.SIGNED_IN));
            return account;
        }
        Optional<Duration> wait = throttle.failed(username, address);
        events.publishEvent(new SignInRecorded(username, address, SignInRecorded.Outcome.WRONG_PASSWORD));
        if (wait.isPresent()) {
            events.publishEvent(new SignInRecorded(username, address, SignInRecorded.Outcome.THROTTLED));
        }
        return Optional.empty();
    }

    @Transactional
    public UserAccount create(String username, String displayName, String email, String rawPassword, boolean admin) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problem(problems, fields, "username",
                    "A user name is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.");
        } else if (repository.existsById(username)) {
            problem(problems, fields, "username", "The user name '" + username + "' is taken.");
        }
        if (displayName == null || displayName.isBlank()) {
            problem(problems, fields, "displayName", "A user needs a display name.");
        } else if (displayName.strip().length() > 200) {
            problem(problems, fields, "displayName", "A display name has at most 200 characters.");
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problem(problems, fields, "email", "'" + email.strip() + "' is not an e-mail address.");
        }
        if (rawPassword == null || rawPassword.length() < properties.passwordMinLength()) {
            problem(problems, fields, "password",
                    "A password has at least " + properties.passwordMinLength() + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, fields);
        }
        email = email == null || email.isBlank() ? null : email.strip();
        return repository.save(new UserAccount(username, displayName.strip(), email, passwordEncoder.encode(rawPassword), admin));
    }
}

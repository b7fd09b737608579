package io.fruition.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, SecurityProperties properties) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : repository.findById(username).filter(UserAccount::isActive);
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
                .orElseThrow(() -> new io.fruition.shared.NotFoundException("There is no active user '" + username + "'."));
        if (account.isAdmin() && repository.countByAdminTrueAndActiveTrue() <= 1) {
            throw new io.fruition.shared.InvalidInputException(account.getDisplayName() + " is the last active "
                    + "administrator; make someone else an administrator first, or nobody could administer Fruition.");
        }
        account.deactivate();
        return account;
    }

    private static void problem(java.util.List<String> problems, java.util.Map<String, java.util.List<String>> fields,
            String field, String problem) {
        problems.add(problem);
        fields.computeIfAbsent(field, f -> new java.util.ArrayList<>()).add(problem);
    }

    public boolean exist() {
        return repository.count() > 0;
    }

    public boolean checkPassword(String username, String rawPassword) {
        if (rawPassword == null) {
            return false;
        }
        return find(username).map(u -> passwordEncoder.matches(rawPassword, u.getPasswordHash())).orElse(false);
    }

    @Transactional
    public UserAccount create(String username, String displayName, String email, String rawPassword, boolean admin) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
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
            throw new io.fruition.shared.InvalidInputException(problems, fields);
        }
        email = email == null || email.isBlank() ? null : email.strip();
        return repository.save(new UserAccount(username, displayName.strip(), email, passwordEncoder.encode(rawPassword), admin));
    }
}

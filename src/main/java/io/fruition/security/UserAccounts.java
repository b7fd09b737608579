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
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "A user name is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A user needs a display name.");
        }
        if (rawPassword == null || rawPassword.length() < properties.passwordMinLength()) {
            throw new IllegalArgumentException(
                    "A password has at least " + properties.passwordMinLength() + " characters.");
        }
        if (repository.existsById(username)) {
            throw new IllegalArgumentException("The user name '" + username + "' is taken.");
        }
        return repository.save(new UserAccount(username, displayName.strip(), email, passwordEncoder.encode(rawPassword), admin));
    }
}

package io.fruition.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean admin;

    private boolean active = true;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String email, String passwordHash, boolean admin) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.admin = admin;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isActive() {
        return active;
    }

    void deactivate() {
        this.active = false;
    }

    /** First word of the display name, for greetings and the engine's first-name field. */
    public String getFirstName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }

    public String getLastName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? "" : displayName.substring(space + 1);
    }
}

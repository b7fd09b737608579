package io.fruition.security;

/** Global roles known to Spring Security. Partnership roles live with the partnership. */
public final class Roles {

    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

package io.fruition.security;

/**
 * The address the request being served came from, on whatever route: {@link SignInThrottleFilter} notes it for
 * every request before anything else runs. Behind a proxy, {@code server.forward-headers-strategy} makes it the
 * client's. Outside a request (the application itself) it is "local".
 */
final class ClientAddress {

    static final String LOCAL = "local";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    static String current() {
        String address = CURRENT.get();
        return address == null ? LOCAL : address;
    }

    static void set(String address) {
        CURRENT.set(address);
    }

    static void clear() {
        CURRENT.remove();
    }
}

package io.fruition.security;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from, on whatever route (Spring's request context holds every request, the
 * engine's REST API and Camunda's webapps too). Behind a proxy, {@code server.forward-headers-strategy} makes it
 * the client's. Outside a request (the application itself) it is "local".
 */
final class ClientAddress {

    static final String LOCAL = "local";

    private ClientAddress() {
    }

    static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            String address = servlet.getRequest().getRemoteAddr();
            return address == null ? LOCAL : address;
        }
        return LOCAL;
    }
}

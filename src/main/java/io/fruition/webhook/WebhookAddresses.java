package io.fruition.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may go. A URL is http(s) with a host and without credentials. With private addresses blocked
 * (production), an endpoint is never called when its host resolves to an address inside: loopback, "this network",
 * private (RFC 1918, IPv6 unique-local), shared (carrier-grade NAT), link-local (cloud metadata services),
 * multicast, reserved and documentation ranges, unless an allow-list names the host or its range. The check is made
 * when the endpoint is saved and again before every delivery (a name may resolve elsewhere later); redirects are
 * never followed.
 */
@Component
class WebhookAddresses {

    /** Resolves a host name to its addresses (the system's resolver; tests give their own). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final int MAX_URL = 2000;

    private final boolean block;
    private final List<String> allowed;
    private final Resolver resolver;

    @Autowired
    WebhookAddresses(WebhookProperties properties) {
        this(properties.blockPrivateAddresses(), properties.allowedHosts(), InetAddress::getAllByName);
    }

    WebhookAddresses(boolean block, List<String> allowed, Resolver resolver) {
        this.block = block;
        this.allowed = allowed.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
        this.resolver = resolver;
    }

    /** What is wrong with a URL as an endpoint, in words for the person who typed it; empty when nothing is. */
    List<String> problems(String url) {
        List<String> problems = new ArrayList<>();
        if (url == null || url.isBlank()) {
            problems.add("Give the address that receives the events, e.g. https://desk.example.com/hooks/fruition.");
            return problems;
        }
        if (url.length() > MAX_URL) {
            problems.add("The address has at most " + MAX_URL + " characters.");
            return problems;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            problems.add("This is not a web address: " + e.getReason() + ".");
            return problems;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            problems.add("The address starts with https:// (or http://).");
            return problems;
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            problems.add("The address names a host, e.g. https://desk.example.com/hooks.");
            return problems;
        }
        if (uri.getRawUserInfo() != null) {
            problems.add("The address carries no user name or password; the signature proves the sender.");
        }
        if (uri.getRawFragment() != null) {
            problems.add("The address has no #fragment.");
        }
        blocked(uri.getHost()).ifPresent(problems::add);
        return problems;
    }

    /**
     * Why calling this host is refused (it resolves to an internal address, and it is not allowed), or empty. A host
     * that does not resolve is not refused here: its delivery fails and is retried.
     */
    Optional<String> blocked(String host) {
        if (!block) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (allowed.contains(name)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowed.stream().noneMatch(range -> inRange(address, range))) {
                return Optional.of(host + " is an internal address (" + address.getHostAddress() + "); Fruition does "
                        + "not call internal addresses unless an administrator allows them (fruition.webhooks.allowed-hosts).");
            }
        }
        return Optional.empty();
    }

    /** Loopback, unspecified, private, shared, link-local, multicast, reserved and documentation addresses. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || first == 10
                    || first == 100 && second >= 64 && second <= 127 // shared address space (CGNAT)
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
                    || first == 192 && second == 0 && (b[2] & 0xff) == 2 // documentation
                    || first == 198 && (second == 18 || second == 19) // benchmarking
                    || first == 198 && second == 51 && (b[2] & 0xff) == 100 // documentation
                    || first == 203 && second == 0 && (b[2] & 0xff) == 113 // documentation
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return true; // documentation 2001:db8::/32
            }
            if (embedsIpv4(b)) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) addresses. */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean compatibleOrMapped = zeros && (b[10] == 0 && b[11] == 0 || b[10] == (byte) 0xff && b[11] == (byte) 0xff);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        return compatibleOrMapped || nat64;
    }

    /** Whether the address lies in a range written as CIDR (10.20.0.0/16) or is that single address. */
    static boolean inRange(InetAddress address, String range) {
        try {
            String[] parts = range.split("/");
            if (!parts[0].matches("[0-9.]+|[0-9a-f:]+")) {
                return false; // a host name: matched by name, never looked up here
            }
            byte[] net = InetAddress.getByName(parts[0]).getAddress();
            byte[] own = address.getAddress();
            if (net.length != own.length) {
                return false;
            }
            int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : net.length * 8;
            for (int i = 0; i < net.length * 8 && i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((net[i / 8] & mask) != (own[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}

package dev.inboundscim.adapter.in.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerRequestHeaders;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code TRUSTED_PROXIES} (SPEC §7.4): the networks whose peers may tell who the client is. From such a peer,
 * {@code Forwarded} (RFC 7239) or {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} decide the client's address
 * (logs) and the base URL (when {@code PUBLIC_BASE_URL} is unset); from any other peer they are ignored, so a client
 * cannot pass itself off as another address. The client is the nearest address in the forwarding chain that is not
 * itself a trusted proxy.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private static final HeaderName X_FORWARDED_FOR = HeaderNames.create("X-Forwarded-For");
    private static final HeaderName X_FORWARDED_PROTO = HeaderNames.create("X-Forwarded-Proto");
    private static final HeaderName X_FORWARDED_HOST = HeaderNames.create("X-Forwarded-Host");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-:\\[\\]]{1,255}");

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = List.copyOf(networks);
    }

    /** {@code cidrs}: comma-separated networks such as {@code 10.0.0.0/8, 192.168.1.7, ::1/128}; blank: none. */
    public static TrustedProxies parse(String cidrs) {
        if (cidrs == null || cidrs.isBlank()) {
            return NONE;
        }
        List<Network> networks = new ArrayList<>();
        for (String cidr : cidrs.split(",")) {
            networks.add(Network.parse(cidr.strip()));
        }
        return new TrustedProxies(networks);
    }

    /** The client's address: the peer's, or, from a trusted peer, the one its forwarding headers name. */
    public String clientIp(SocketAddress peer, ServerRequestHeaders headers) {
        InetAddress address = peer instanceof InetSocketAddress inet ? inet.getAddress() : null;
        if (address == null) {
            return null;
        }
        if (!trusts(address)) {
            return address.getHostAddress();
        }
        List<String> chain = forwardedFor(headers);
        // Right to left: the nearest hops are the proxies; the first one not trusted is the client.
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(chain.get(i));
            if (hop.isEmpty()) {
                break;
            }
            if (!trusts(hop.get()) || i == 0) {
                return hop.get().getHostAddress();
            }
        }
        return address.getHostAddress();
    }

    /** The scheme and host a trusted peer says the client used, as {@code scheme://host}; empty otherwise. */
    public Optional<String> forwardedOrigin(SocketAddress peer, ServerRequestHeaders headers) {
        if (!(peer instanceof InetSocketAddress inet) || inet.getAddress() == null || !trusts(inet.getAddress())) {
            return Optional.empty();
        }
        String proto = forwardedParameter(headers, "proto").or(() -> first(headers, X_FORWARDED_PROTO)).orElse(null);
        String host = forwardedParameter(headers, "host").or(() -> first(headers, X_FORWARDED_HOST)).orElse(null);
        if (host == null || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        String scheme = "https".equalsIgnoreCase(proto) ? "https" : "http";
        return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT));
    }

    private boolean trusts(InetAddress address) {
        for (Network network : networks) {
            if (network.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code for} addresses of every {@code Forwarded} element, else of {@code X-Forwarded-For}, in order. */
    private static List<String> forwardedFor(ServerRequestHeaders headers) {
        List<String> chain = new ArrayList<>();
        for (String element : elements(headers)) {
            parameter(element, "for").ifPresent(chain::add);
        }
        if (chain.isEmpty()) {
            for (String value : headers.values(X_FORWARDED_FOR)) {
                for (String hop : value.split(",")) {
                    if (!hop.isBlank()) {
                        chain.add(hop.strip());
                    }
                }
            }
        }
        return chain;
    }

    private static Optional<String> forwardedParameter(ServerRequestHeaders headers, String name) {
        List<String> elements = elements(headers);
        return elements.isEmpty() ? Optional.empty() : parameter(elements.getFirst(), name);
    }

    private static List<String> elements(ServerRequestHeaders headers) {
        List<String> elements = new ArrayList<>();
        for (String value : headers.values(HeaderNames.FORWARDED)) {
            for (String element : value.split(",")) {
                if (!element.isBlank()) {
                    elements.add(element.strip());
                }
            }
        }
        return elements;
    }

    /** A {@code name=value} pair of one {@code Forwarded} element, unquoted. */
    private static Optional<String> parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase(name)) {
                String value = pair.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(ServerRequestHeaders headers, HeaderName name) {
        return headers.first(name).map(value -> value.split(",")[0].strip());
    }

    /**
     * An address written as a literal (IPv4, IPv6 in brackets or not, with or without a port); never a name, so no
     * lookup is ever made for what a client wrote.
     */
    static Optional<InetAddress> literal(String text) {
        String value = text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? "" : value.substring(1, end);
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.contains(":")) {
            value = value.substring(0, value.indexOf(':'));
        }
        boolean ipv6 = value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
        if (!ipv6 && !IPV4.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** One network: an address and how many leading bits of it must match. */
    private record Network(byte[] address, int bits) {

        static Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            String host = slash < 0 ? cidr : cidr.substring(0, slash);
            InetAddress address = literal(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                    .orElseThrow(() -> new IllegalArgumentException("TRUSTED_PROXIES: not an address: " + cidr));
            int max = address.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: not a prefix length: " + cidr);
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: prefix length out of range: " + cidr);
            }
            return new Network(address.getAddress(), bits);
        }

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (other[i] != address[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (other[full] & mask) == (address[full] & mask);
        }
    }
}

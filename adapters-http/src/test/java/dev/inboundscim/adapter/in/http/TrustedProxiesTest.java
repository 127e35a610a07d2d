package dev.inboundscim.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, 2001:db8::/32");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.1.2.3    | 203.0.113.7                  | 203.0.113.7
            10.1.2.3    | 203.0.113.7, 10.9.9.9        | 203.0.113.7
            10.1.2.3    | 198.51.100.1, 203.0.113.7    | 203.0.113.7
            192.168.1.7 | 203.0.113.7:4711             | 203.0.113.7
            192.168.1.8 | 203.0.113.7                  | 192.168.1.8
            10.1.2.3    | unknown                      | 10.1.2.3
            10.1.2.3    | example.com                  | 10.1.2.3
            10.1.2.3    | 10.5.5.5                     | 10.5.5.5
            """)
    void theClientIsTheNearestUntrustedHop(String peer, String forwardedFor, String client) {
        assertEquals(client, PROXIES.clientIp(new InetSocketAddress(peer, 443),
                io.helidon.http.ServerRequestHeaders.create(io.helidon.http.WritableHeaders.create()
                        .add(io.helidon.http.HeaderNames.create("X-Forwarded-For"), forwardedFor))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "host.example.com", "10.0.0.1/x", "::1/129", "300.1.1.1"})
    void refusesWhatIsNoNetwork(String cidr) {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(cidr));
    }

    @org.junit.jupiter.api.Test
    void readsForwardedElementsAndNeverResolvesNames() {
        var headers = io.helidon.http.ServerRequestHeaders.create(io.helidon.http.WritableHeaders.create()
                .add(io.helidon.http.HeaderNames.FORWARDED,
                        "for=\"[2001:db8:cafe::17]:4711\";proto=https;host=scim.example.com, for=10.1.1.1"));
        assertEquals("2001:db8:cafe:0:0:0:0:17", TrustedProxies.parse("10.0.0.0/8").clientIp(
                new InetSocketAddress("10.2.2.2", 1), headers));
        assertEquals(Optional.of("https://scim.example.com"), PROXIES.forwardedOrigin(
                new InetSocketAddress("10.2.2.2", 1), headers));
        assertEquals(Optional.empty(), PROXIES.forwardedOrigin(new InetSocketAddress("172.16.0.1", 1), headers));
        assertEquals(Optional.empty(), TrustedProxies.literal("localhost"));
    }
}

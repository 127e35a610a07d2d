package dev.inboundscim.adapter.out.http;

import dev.inboundscim.application.port.out.DeliveryException;
import dev.inboundscim.application.port.out.LogoutSender;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Posts {@code logout_token=…} form-encoded, as OpenID Connect Back-Channel Logout 1.0 §2.5 says. */
public final class HttpLogoutSender implements LogoutSender {

    private final HttpPoster poster = new HttpPoster("inbound-scim-server back-channel logout");

    @Override
    public void send(URI url, String logoutToken) throws DeliveryException, InterruptedException {
        byte[] body = ("logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII);
        poster.post(url, "application/x-www-form-urlencoded", body, null);
    }
}

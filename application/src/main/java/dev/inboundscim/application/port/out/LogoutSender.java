package dev.inboundscim.application.port.out;

import java.net.URI;

/** Posts a {@code logout_token} to a client's back-channel logout URL. */
public interface LogoutSender {

    /** Returns only when the URL acknowledged (2xx). */
    void send(URI url, String logoutToken) throws DeliveryException, InterruptedException;
}

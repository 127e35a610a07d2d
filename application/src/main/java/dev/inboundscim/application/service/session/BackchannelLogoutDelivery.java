package dev.inboundscim.application.service.session;

import dev.inboundscim.application.LogStreamSettings;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.application.port.out.DeliveryException;
import dev.inboundscim.application.port.out.LogoutSender;
import dev.inboundscim.application.port.out.LogoutTokenSigner.LogoutClaims;
import dev.inboundscim.application.port.out.LogoutTokenSigner;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.service.BackgroundPoller;
import dev.inboundscim.application.service.signing.SigningKeys;
import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.session.LogoutNotice;
import dev.inboundscim.domain.signing.SigningKey;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Ends the sessions of deprovisioned users and delivers OpenID Connect Back-Channel Logout tokens, in the background
 * of one server process (SPEC §5).
 *
 * <p>Each round first turns queued deprovisionings ({@code user.deactivated}, {@code user.deleted}, queued with the
 * user write) into ended sessions and logout notices, then leases due notices and posts a freshly signed
 * {@code logout_token} to every target still owed one: the back-channel logout URLs of the session's client, or of
 * every client when no session was recorded. A target that answers 2xx is noted and never sent to again; the others
 * are retried with the jittered backoff of the log streams until they acknowledge. The token's {@code jti} is the
 * same for every attempt at one target, so a receiver can drop repeats.
 */
public final class BackchannelLogoutDelivery implements AutoCloseable {

    private static final Logger LOG = System.getLogger(BackchannelLogoutDelivery.class.getName());
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(2);

    private final SessionRepository sessions;
    private final ClientRepository clients;
    private final SigningKeys keys;
    private final LogoutTokenSigner signer;
    private final LogoutSender sender;
    private final Clock clock;
    private final LogStreamSettings settings;
    private final Supplier<String> issuer;
    private final String owner = RandomIds.alphanumeric("proc_", 16);
    private final BackgroundPoller poller;

    private BackchannelLogoutDelivery(SessionRepository sessions, ClientRepository clients, SigningKeys keys,
                                      LogoutTokenSigner signer, LogoutSender sender, Clock clock,
                                      LogStreamSettings settings, Supplier<String> issuer) {
        this.sessions = sessions;
        this.clients = clients;
        this.keys = keys;
        this.signer = signer;
        this.sender = sender;
        this.clock = clock;
        this.settings = settings;
        this.issuer = issuer;
        this.poller = BackgroundPoller.create("backchannel-logout", settings.pollInterval(), this::round);
    }

    /** Starts delivering; {@code issuer} is the server's public base URL, the tokens' {@code iss}. */
    public static BackchannelLogoutDelivery start(SessionRepository sessions, ClientRepository clients,
                                                  SigningKeys keys, LogoutTokenSigner signer,
                                                  LogoutSender sender, Clock clock, LogStreamSettings settings,
                                                  Supplier<String> issuer) {
        BackchannelLogoutDelivery delivery = new BackchannelLogoutDelivery(sessions, clients, keys, signer, sender,
                clock, settings, issuer);
        delivery.poller.start();
        return delivery;
    }

    private void round() {
        while (!poller.isClosed() && sessions.processDeprovisionings(settings.batchSize(), clock.instant())
                == settings.batchSize()) {
            // A full batch: more may wait.
        }
        for (LogoutNotice notice : sessions.claimNotices(owner, clock.instant(), settings.lease(),
                settings.batchSize())) {
            poller.submit("back-channel logout " + notice.id(), () -> deliver(notice));
        }
    }

    private void deliver(LogoutNotice notice) {
        SigningKey key = keys.current();
        Instant now = clock.instant();
        List<String> failures = new ArrayList<>();
        for (Client client : targets(notice)) {
            for (URI url : client.backchannelLogoutUrls()) {
                String target = LogoutNotice.target(client.id().value(), url.toString());
                if (notice.delivered().contains(target)) {
                    continue;
                }
                String token = signer.sign(key, new LogoutClaims(issuer.get(), client.id().value(),
                        notice.userId().value(), notice.sessionId(), jwtId(notice, target), now,
                        now.plus(TOKEN_LIFETIME)));
                try {
                    sender.send(url, token);
                    sessions.noticeDelivered(notice.id(), target);
                } catch (DeliveryException e) {
                    failures.add(url.getHost() + ": " + e.getMessage());
                } catch (InterruptedException e) {
                    // Stopping: the notice's lease runs out and another round (here or elsewhere) goes on.
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (failures.isEmpty()) {
            sessions.completeNotice(notice.id());
            return;
        }
        int attempts = notice.attempts() + 1;
        Instant next = clock.instant().plus(settings.backoff().delay(attempts,
                ThreadLocalRandom.current()::nextDouble));
        sessions.noticeFailed(notice.id(), attempts, next, String.join("; ", failures));
        LOG.log(Level.WARNING, "back-channel logout " + notice.id() + " attempt " + attempts + " failed: "
                + String.join("; ", failures));
    }

    /**
     * The session's client, or every client when the notice names none (a client registered after the sessions
     * ended had none of them); clients deleted since are skipped.
     */
    private List<Client> targets(LogoutNotice notice) {
        if (notice.clientId() == null) {
            return clients.list().stream().filter(c -> !c.createdAt().isAfter(notice.createdAt())).toList();
        }
        if (!ClientId.isWellFormed(notice.clientId())) {
            return List.of();
        }
        return clients.findById(new ClientId(notice.clientId())).map(List::of).orElse(List.of());
    }

    private static String jwtId(LogoutNotice notice, String target) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(target.getBytes(StandardCharsets.UTF_8));
            return notice.id() + "." + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        poller.close();
    }
}

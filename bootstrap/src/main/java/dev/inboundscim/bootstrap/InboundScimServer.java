package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.JwksRoutes;
import dev.inboundscim.adapter.in.http.error.ApiDirectHandler;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.adapter.in.http.management.LogEntryJson;
import dev.inboundscim.adapter.in.http.management.ManagementApi;
import dev.inboundscim.adapter.in.http.scim.ScimApi;
import dev.inboundscim.adapter.in.http.scim.ScimPathNormalizer;
import dev.inboundscim.adapter.out.http.HttpLogSink;
import dev.inboundscim.adapter.out.http.HttpLogoutSender;
import dev.inboundscim.adapter.out.http.NimbusLogoutTokenSigner;
import dev.inboundscim.application.service.logstream.LogStreamDelivery;
import dev.inboundscim.application.service.session.BackchannelLogoutDelivery;
import io.helidon.common.socket.SocketOptions;
import io.helidon.config.Config;
import io.helidon.http.DirectHandler;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.ZoneOffset;

/** The server: {@code main} reads the settings, opens the chosen store, wires the use cases and serves HTTP. */
public final class InboundScimServer implements AutoCloseable {

    private static final Logger LOG = System.getLogger(InboundScimServer.class.getName());

    private final WebServer webServer;
    private final AutoCloseable logWriter;
    private final LogStreamDelivery delivery;
    private final BackchannelLogoutDelivery logouts;
    private final Persistence persistence;

    private InboundScimServer(WebServer webServer, AutoCloseable logWriter, LogStreamDelivery delivery,
                              BackchannelLogoutDelivery logouts, Persistence persistence) {
        this.webServer = webServer;
        this.logWriter = logWriter;
        this.delivery = delivery;
        this.logouts = logouts;
        this.persistence = persistence;
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        try {
            ServerSettings settings = ServerSettings.load(Config.create(), System::getenv);
            Persistence persistence = PersistenceFactory.open(settings);
            InboundScimServer server;
            try {
                server = start(settings, persistence);
            } catch (StartupException e) {
                persistence.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "inbound-scim-shutdown"));
        } catch (StartupException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("Inbound SCIM Server cannot start: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("Inbound SCIM Server cannot start: " + e);
            System.exit(2);
        }
    }

    /** Starts serving over an already opened {@code persistence}, which the server then owns. */
    public static InboundScimServer start(ServerSettings settings, Persistence persistence) {
        // Millisecond ticks: every store keeps at least that precision, so a response and a later read agree.
        Clock clock = Clock.tickMillis(ZoneOffset.UTC);
        UseCaseWiring wiring = UseCaseWiring.of(persistence, settings, clock);
        wiring.adminToken().initialize().ifPresent(InboundScimServer::announceAdminToken);
        JsonCodec json = new JsonCodec();
        HttpSettings http = new HttpSettings(settings.publicBaseUrl().orElse(null), settings.maxBodyBytes());
        WebServer webServer = WebServer.builder()
                .port(settings.port())
                .shutdownHook(false)
                // SCIM ids contain "|", which strict request-path validation answers with an empty 400.
                // A filter may be 8 KiB (SPEC §3) and is percent-encoded in the URL, so allow a 24 KiB request line.
                .addProtocol(Http1Config.builder().validatePath(false).maxPrologueLength(24 * 1024).build())
                // No listener-level maxPayloadSize: Helidon would answer 413 and close before reading the body,
                // which clients still sending it see as a reset. RequestBodies answers 413 in the handlers instead.
                .directHandlers(InboundScimServer::directHandlers)
                // Responses larger than one write (a list page, a group) would otherwise wait for the client's
                // delayed ACK of the previous segment (Nagle's algorithm): 40 ms each on Linux.
                .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                .featuresDiscoverServices(false)
                .addFeature(ObserveFeature.builder()
                        .addObserver(HealthObserver.builder().details(true).build())
                        .addObserver(MetricsObserver.create())
                        .build())
                .routing(routing -> routing
                        .addFilter(new ScimPathNormalizer())
                        .register("/scim/v2", new ScimApi(wiring.scim(), json, http, settings.maxResults(),
                                settings.groupPatchResponseMaxMembers()))
                        .register("/api/v2", new ManagementApi(wiring.management(), json, http))
                        .register("/.well-known", new JwksRoutes(wiring.signingKeys(), json)))
                .build()
                .start();
        if (!webServer.isRunning() || webServer.port() < 0) {
            webServer.stop();
            wiring.logWriter().close();
            throw new StartupException("cannot listen on port " + settings.port() + " (is it in use?)");
        }
        if (settings.publicBaseUrl().isEmpty()) {
            LOG.log(Level.WARNING, "PUBLIC_BASE_URL is not set: resource locations are built from each request's "
                    + "Host header; set it in production");
        }
        LOG.log(Level.INFO, "Inbound SCIM Server listening on port " + webServer.port() + ", storage: "
                + persistence.description());
        LogStreamDelivery delivery = LogStreamDelivery.start(persistence.logStreams(),
                new HttpLogSink(json.mapper(), LogEntryJson::render), clock, settings.logStreams());
        // The logout tokens' issuer is the public base URL; without one, the address this server listens on.
        String issuer = settings.publicBaseUrl().map(InboundScimServer::withoutTrailingSlash)
                .orElse("http://localhost:" + webServer.port());
        BackchannelLogoutDelivery logouts = BackchannelLogoutDelivery.start(persistence.sessions(),
                persistence.clients(), wiring.signingKeys(), new NimbusLogoutTokenSigner(), new HttpLogoutSender(),
                clock, settings.logStreams(), () -> issuer);
        return new InboundScimServer(webServer, wiring.logWriter(), delivery, logouts, persistence);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Failures answered before routing get the API's error bodies too (SPEC §3: every non-2xx has one). */
    private static void directHandlers(DirectHandlers.Builder handlers) {
        ApiDirectHandler handler = new ApiDirectHandler();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, handler);
        }
    }

    private static void announceAdminToken(String token) {
        // Printed once, on the first start of a store; only its digest is kept.
        System.out.println("""

                =====================================================================
                 Management API token (shown once, store it now; set ADMIN_TOKEN to
                 choose your own):
                   %s
                =====================================================================
                """.formatted(token));
    }

    public int port() {
        return webServer.port();
    }

    @Override
    public void close() {
        webServer.stop();
        // Deliveries in flight stop unacknowledged: their batches stay in the outbox for the next start.
        delivery.close();
        logouts.close();
        try {
            // Queued log entries go to the store before it closes.
            logWriter.close();
            persistence.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "closing the store failed", e);
        }
    }
}

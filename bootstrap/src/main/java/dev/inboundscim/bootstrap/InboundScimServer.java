package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.AccessLog;
import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.InFlightRequests;
import dev.inboundscim.adapter.in.http.JwksRoutes;
import dev.inboundscim.adapter.in.http.PercentEscapeRepair;
import dev.inboundscim.adapter.in.http.RequestHeadDeadline;
import dev.inboundscim.adapter.in.http.RequestIds;
import dev.inboundscim.adapter.in.http.RequestMetrics;
import dev.inboundscim.adapter.in.http.ServerInfoRoutes;
import dev.inboundscim.adapter.in.http.ServerMetrics;
import dev.inboundscim.adapter.in.http.console.ConsoleRoutes;
import dev.inboundscim.adapter.in.http.error.ApiDirectHandler;
import dev.inboundscim.adapter.in.http.error.ApiErrors;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.adapter.in.http.management.LogEntryJson;
import dev.inboundscim.adapter.in.http.management.ManagementApi;
import dev.inboundscim.adapter.in.http.openapi.OpenApiRoutes;
import dev.inboundscim.adapter.in.http.scim.ScimApi;
import dev.inboundscim.adapter.in.http.scim.ScimPathNormalizer;
import dev.inboundscim.adapter.out.http.HttpEventSink;
import dev.inboundscim.adapter.out.http.HttpLogSink;
import dev.inboundscim.adapter.out.http.HttpLogoutSender;
import dev.inboundscim.adapter.out.http.NimbusLogoutTokenSigner;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.eventstream.EventStreamDelivery;
import dev.inboundscim.application.service.log.LogRetention;
import dev.inboundscim.application.service.logstream.LogStreamDelivery;
import dev.inboundscim.application.service.session.BackchannelLogoutDelivery;
import dev.inboundscim.application.service.signing.PublishedKeysService;
import dev.inboundscim.application.service.store.StoreGuard;
import dev.inboundscim.application.service.user.SoftDeletedUserPurge;
import io.helidon.common.configurable.Resource;
import io.helidon.common.pki.Keys;
import io.helidon.common.socket.SocketOptions;
import io.helidon.common.tls.Tls;
import io.helidon.config.Config;
import io.helidon.http.DirectHandler;
import io.helidon.logging.common.LogConfig;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;

/** The server: {@code main} reads the settings, opens the chosen store, wires the use cases and serves HTTP. */
public final class InboundScimServer implements AutoCloseable {

    static {
        // Before the first logger below: the JDK picks its log manager when logging is first touched. A name, not a
        // call into the class: initialising a LogManager subclass initialises LogManager, which reads the property.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "dev.inboundscim.bootstrap.ServerLogManager");
        }
    }

    private static final Logger LOG = System.getLogger(InboundScimServer.class.getName());
    /** How long Helidon lets requests still running finish once the listener closes (after the drain). */
    private static final Duration LISTENER_GRACE = Duration.ofSeconds(1);

    private final WebServer webServer;
    private final Readiness readiness;
    private final InFlightRequests inFlight;
    private final Duration shutdownGrace;
    /** Everything to close after the listener, in order: workers, the log writer, the guard, the store. */
    private final List<AutoCloseable> afterListener;
    private boolean closed;

    private InboundScimServer(WebServer webServer, Readiness readiness, InFlightRequests inFlight,
                              Duration shutdownGrace, List<AutoCloseable> afterListener) {
        this.webServer = webServer;
        this.readiness = readiness;
        this.inFlight = inFlight;
        this.shutdownGrace = shutdownGrace;
        this.afterListener = afterListener;
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--version")) {
            System.out.println(ServerVersion.ofBuild().line());
            return;
        }
        LogConfig.configureRuntime();
        InboundScimServer server;
        try {
            ServerSettings settings = ServerSettings.load(Config.create(), System::getenv);
            ServerLogHandler.install(settings.logging(), System.out);
            Persistence persistence = PersistenceFactory.open(settings);
            try {
                server = start(settings, persistence);
            } catch (RuntimeException e) {
                closeQuietly(persistence);
                throw e;
            }
        } catch (StartupException | IllegalArgumentException | IllegalStateException e) {
            cannotStart(e.getMessage());
            return;
        } catch (Exception e) {
            cannotStart(e.toString());
            return;
        }
        ServerLogManager.holdResetForShutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "inbound-scim-shutdown"));
    }

    /** One line on stderr and a non-zero exit: nothing else was printed, no generated admin token among it. */
    private static void cannotStart(String reason) {
        String line = reason == null ? "unknown reason" : reason.replaceAll("\\s+", " ").strip();
        System.err.println("Inbound SCIM Server cannot start: " + line);
        System.exit(2);
    }

    /**
     * Starts serving over an already opened {@code persistence}, which the server then owns. A generated admin
     * token is printed last, once everything else has started, so a start that fails never loses it.
     */
    public static InboundScimServer start(ServerSettings settings, Persistence persistence) {
        ReliabilitySettings reliability = settings.reliability();
        // Millisecond ticks: every store keeps at least that precision, so a response and a later read agree.
        Clock clock = Clock.tickMillis(ZoneOffset.UTC);
        StoreGuard guard = StoreGuard.over(persistence.store(), reliability.storeTimeout());
        Store store = guard.store();
        CoreComponents core = CoreComponents.over(store, settings, clock);
        JsonCodec json = new JsonCodec();
        HttpSettings http = new HttpSettings(settings.publicBaseUrl().orElse(null), settings.maxBodyBytes(),
                settings.trustedProxies());
        Readiness readiness = new Readiness(guard.health()::isDown);
        InFlightRequests inFlight = new InFlightRequests();
        RequestHeadDeadline headDeadline = new RequestHeadDeadline(reliability.requestHeadTimeout());
        ScimApi scim = ScimWiring.api(core, json, http);
        ManagementApi management = ManagementWiring.api(core, json, http);
        ServerVersion version = ServerVersion.ofBuild();
        ServerInfoRoutes info = new ServerInfoRoutes(version.version(), version.commit(), persistence.kind(),
                clock.instant(), json);
        // The registry /observe/metrics serves.
        MeterRegistry registry = Metrics.globalRegistry();
        ServerMetrics metrics = new ServerMetrics(registry, settings.metrics().maxConnections());
        WebServer webServer = WebServer.builder()
                .port(settings.port())
                .update(builder -> settings.tls().ifPresent(files -> builder.tls(tls(files))))
                .shutdownHook(false)
                .shutdownGracePeriod(LISTENER_GRACE)
                .maxConcurrentRequests(reliability.maxConcurrentRequests())
                .maxTcpConnections(reliability.maxConnections())
                .idleConnectionTimeout(reliability.idleConnectionTimeout())
                .idleConnectionPeriod(idleCheckPeriod(reliability.idleConnectionTimeout()))
                // SCIM ids contain "|", which strict request-path validation answers with an empty 400.
                // A filter may be 8 KiB (SPEC §3) and is percent-encoded in the URL, so allow a 24 KiB request line.
                // Only this HTTP/1.1 configuration: with a second, discovered one Helidon must tell protocols apart
                // and closes connections whose request line it cannot place, without an answer.
                .protocolsDiscoverServices(false)
                .addProtocol(Http1Config.builder().validatePath(false).maxPrologueLength(24 * 1024)
                        .addReceiveListener(headDeadline).build())
                // No listener-level maxPayloadSize: Helidon would answer 413 and close before reading the body,
                // which clients still sending it see as a reset. RequestBodies answers 413 in the handlers instead.
                .directHandlers(handlers -> directHandlers(handlers, headDeadline))
                // Responses larger than one write (a list page, a group) would otherwise wait for the client's
                // delayed ACK of the previous segment (Nagle's algorithm): 40 ms each on Linux.
                .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                .featuresDiscoverServices(false)
                .addFeature(ObserveFeature.builder()
                        .addObserver(HealthObserver.builder().details(true).addCheck(readiness).build())
                        .addObserver(MetricsObserver.create())
                        .build())
                .routing(routing -> routing
                        .addFilter(inFlight)
                        .addFilter(new RequestIds())
                        .update(r -> {
                            if (settings.logging().accessLog()) {
                                r.addFilter(new AccessLog());
                            }
                        })
                        .addFilter(new RequestMetrics(metrics))
                        .addFilter(management.auditFilter())
                        .addFilter(new PercentEscapeRepair())
                        .addFilter(new ScimPathNormalizer())
                        .register("/scim/v2", scim)
                        .register("/api/v2", management)
                        .register("/observe/info", info)
                        .register("/openapi", new OpenApiRoutes(version.version()))
                        .register("/console", new ConsoleRoutes())
                        .register("/setup", ManagementWiring.setupPage(core, json, http))
                        .register("/.well-known", new JwksRoutes(new PublishedKeysService(core.signingKeys()), json))
                        // Every failure a handler throws is answered by the API it belongs to (its body, its
                        // status for each kind of failure): SPEC §3 and §4, one mapping in the HTTP adapter.
                        .error(RuntimeException.class, new ApiErrors(List.of(scim.errorAnswers(),
                                management.errorAnswers()))))
                .build()
                .start();
        List<AutoCloseable> afterListener = new ArrayList<>(List.of(headDeadline));
        if (!webServer.isRunning() || webServer.port() < 0) {
            webServer.stop();
            closeAll(List.of(headDeadline, core.logs(), guard));
            throw new StartupException("cannot listen on port " + settings.port() + " (is it in use?)");
        }
        afterListener.add(StoreMeters.start(registry, store, guard, settings.metrics().refresh()));
        afterListener.add(new LogRetention(store.repositories().logs(), clock, settings.logRetention()).start());
        afterListener.add(new SoftDeletedUserPurge(store.repositories().users(), clock, settings.softDeletePurge())
                .start());
        if (settings.publicBaseUrl().isEmpty()) {
            LOG.log(Level.WARNING, "PUBLIC_BASE_URL is not set: resource locations are built from each request's "
                    + "Host header; set it in production");
        }
        afterListener.add(LogStreamDelivery.start(store.repositories().logStreams(),
                new HttpLogSink(json.mapper(), LogEntryJson::render), clock, settings.logStreams()));
        core.issuer().listening(webServer.port());
        afterListener.add(EventStreamDelivery.start(store.repositories().eventStreams(),
                new HttpEventSink(json.mapper(), json::write), core.eventEncoder(), clock, settings.logStreams(),
                settings.eventStreams()));
        // The logout tokens' issuer is the public base URL; without one, the address this server listens on.
        String issuer = settings.publicBaseUrl().map(InboundScimServer::withoutTrailingSlash)
                .orElse("http://localhost:" + webServer.port());
        afterListener.add(BackchannelLogoutDelivery.start(store.repositories().sessions(),
                store.repositories().clients(), core.signingKeys(),
                new NimbusLogoutTokenSigner(), new HttpLogoutSender(), clock, settings.logStreams(), () -> issuer));
        afterListener.addAll(List.of(core.logs(), guard, persistence));
        InboundScimServer server = new InboundScimServer(webServer, readiness, inFlight, reliability.shutdownGrace(),
                afterListener);
        try {
            core.initializeAdminToken().initialize()
                    .ifPresent(token -> announceAdminToken(token, settings.logging().format()));
        } catch (RuntimeException e) {
            server.close();
            throw new StartupException("cannot set up the Management API token: " + e.getMessage());
        }
        LOG.log(Level.INFO, "Inbound SCIM Server listening on port " + webServer.port() + ", storage: "
                + persistence.description());
        return server;
    }

    /** The listener's TLS from PEM files: the private key and the certificate chain that goes with it. */
    private static Tls tls(ServerSettings.TlsFiles files) {
        for (Path file : List.of(files.certificateChain(), files.privateKey())) {
            if (!Files.isReadable(file)) {
                throw new StartupException("cannot read the TLS file " + file);
            }
        }
        Keys keys = Keys.builder().pem(pem -> pem.certChain(Resource.create(files.certificateChain()))
                .key(Resource.create(files.privateKey()))).build();
        if (keys.privateKey().isEmpty() || keys.certChain().isEmpty()) {
            throw new StartupException("TLS_KEY_FILE must hold a PEM private key (PKCS#8) and TLS_CERT_FILE its "
                    + "PEM certificate chain");
        }
        return Tls.builder().privateKey(keys).privateKeyCertChain(keys).build();
    }

    /** Helidon checks for idle connections every period; a tenth of the timeout keeps the overshoot small. */
    private static Duration idleCheckPeriod(Duration idleTimeout) {
        return Duration.ofMillis(Math.clamp(idleTimeout.toMillis() / 10, 100, 5_000));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Failures answered before routing get the API's error bodies too (SPEC §3: every non-2xx has one). */
    private static void directHandlers(DirectHandlers.Builder handlers, RequestHeadDeadline headDeadline) {
        ApiDirectHandler handler = new ApiDirectHandler(headDeadline::answered);
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, handler);
        }
    }

    private static void announceAdminToken(String token, LogFormat format) {
        // Printed once, on the first start of a store; only its digest is kept. With JSON logs, as one JSON line,
        // so that every line of the output stays a JSON object.
        if (format == LogFormat.JSON) {
            LogRecord record = new LogRecord(java.util.logging.Level.WARNING, "Management API token (shown once, "
                    + "store it now; set ADMIN_TOKEN to choose your own): " + token);
            record.setLoggerName(InboundScimServer.class.getName());
            System.out.print(format.line(record, Optional.empty()));
            System.out.flush();
            return;
        }
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

    /**
     * Shuts down (SIGTERM, SPEC §7.2): readiness turns DOWN at once; the listener keeps serving until the requests in
     * flight are done or the grace period ends, whichever is first; then it closes, background workers stop after
     * their current batch, queued log entries are written, and the store is closed (an embedded PostgreSQL is shut
     * down cleanly).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long start = System.nanoTime();
        readiness.drain();
        LOG.log(Level.INFO, "Shutdown began: readiness is DOWN; waiting up to " + shutdownGrace.toSeconds()
                + " s for " + inFlight.count() + " request(s) in flight");
        try {
            if (!inFlight.awaitNone(shutdownGrace)) {
                LOG.log(Level.WARNING, inFlight.count() + " request(s) still in flight after the grace period");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        webServer.stop();
        closeAll(afterListener);
        LOG.log(Level.INFO, "Shutdown ended after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                + " ms");
        ServerLogManager.shutdownLogged();
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            closeQuietly(resource);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "closing " + resource.getClass().getSimpleName() + " failed: " + e.getMessage());
        }
    }
}

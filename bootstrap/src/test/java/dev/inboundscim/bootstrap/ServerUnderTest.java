package dev.inboundscim.bootstrap;

/** What the black-box suites know of the server they test: its address, its admin token and a client of it. */
interface ServerUnderTest {

    /** The port of the server's public address (with several nodes, the first node's). */
    int port();

    String adminToken();

    /** A client of the public address alone. */
    HttpClientSupport client();
}

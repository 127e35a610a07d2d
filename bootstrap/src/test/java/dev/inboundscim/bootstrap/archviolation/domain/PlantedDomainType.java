package dev.inboundscim.bootstrap.archviolation.domain;

import io.helidon.webserver.WebServer;

/** A test-only class that breaks the domain rule on purpose, to prove the rule catches it. */
public final class PlantedDomainType {

    /** Depends on a framework type, which the domain must never do. */
    public WebServer server() {
        return null;
    }
}

package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.error.BadRequestException;
import java.util.Locale;

/** The enterprise connection types Inbound SCIM supports (SPEC §1). */
public enum Strategy {
    SAMLP, OIDC, OKTA, WAAD;

    /** The strategy for its lower-case name; anything else is a 400. */
    public static Strategy parse(String name) {
        if (name != null) {
            for (Strategy strategy : values()) {
                if (strategy.wireName().equals(name)) {
                    return strategy;
                }
            }
        }
        throw BadRequestException.invalidValue("strategy must be one of samlp, oidc, okta, waad");
    }

    /** The name used on the wire and in user ids. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

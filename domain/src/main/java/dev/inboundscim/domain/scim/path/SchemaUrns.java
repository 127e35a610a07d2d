package dev.inboundscim.domain.scim.path;

import java.util.List;

/** The schema URNs this server knows (RFC 7643 §8.7.1). */
public final class SchemaUrns {

    public static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final List<String> KNOWN = List.of(CORE_USER, CORE_GROUP, ENTERPRISE_USER);

    private SchemaUrns() {
    }
}

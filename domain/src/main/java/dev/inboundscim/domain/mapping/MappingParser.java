package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import java.util.List;

/**
 * Turns a stored mapping's raw form into an {@link AttributeMapping}, as {@link AttributeMapping#of} does. Stores
 * call it for every SCIM configuration they read, so a server hands them one that reuses what it parsed before.
 */
@FunctionalInterface
public interface MappingParser {

    /** {@code schemas}: the standard User schemas plus the connection's declared extensions. */
    AttributeMapping parse(String userIdAttribute, List<RawMappingPair> rawPairs, UserSchemaSet schemas);
}

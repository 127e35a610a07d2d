package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.MappingParser;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed mappings by their raw form. Parsing is a pure function, and stores hand the same few mappings back on every
 * request, so reusing it keeps the filter parser and schema lookups off the request path. Bounded: cleared when
 * full, since a tenant rarely has more than a handful of mappings. Bootstrap gives one to the store it opens.
 */
public final class CachedMappingParser implements MappingParser {

    private static final int LIMIT = 4096;

    private final Map<Key, AttributeMapping> parsed = new ConcurrentHashMap<>();

    @Override
    public AttributeMapping parse(String userIdAttribute, List<RawMappingPair> rawPairs, UserSchemaSet schemas) {
        // A copy: the key must not change with a list the caller keeps.
        Key key = new Key(userIdAttribute, rawPairs == null ? null : new ArrayList<>(rawPairs), schemas);
        AttributeMapping known = parsed.get(key);
        if (known != null) {
            return known;
        }
        AttributeMapping mapping = AttributeMapping.of(userIdAttribute, rawPairs, schemas);
        if (parsed.size() >= LIMIT) {
            parsed.clear();
        }
        parsed.put(key, mapping);
        return mapping;
    }

    private record Key(String userIdAttribute, List<RawMappingPair> pairs, UserSchemaSet schemas) {
    }
}

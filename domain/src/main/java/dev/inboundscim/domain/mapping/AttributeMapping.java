package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimException;
import dev.inboundscim.domain.scim.schema.AttributeType;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A connection's validated SCIM ↔ profile mapping (SPEC §2): which SCIM attribute identifies the user, and the pairs.
 * Construction enforces every rule, so any instance is safe to convert with.
 */
public record AttributeMapping(ScimMappingPath userIdAttribute, List<MappingPair> pairs, UserSchemaSet schemas) {

    /** SCIM attributes that the server owns or that are not profile data (RFC 7643 §3.1, SPEC §2). */
    private static final Set<String> UNMAPPABLE = Set.of("id", "meta", "password", "groups", "schemas");

    public AttributeMapping {
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(schemas, "schemas");
        if (pairs.stream().noneMatch(p -> p.scim().equals(userIdAttribute))) {
            throw BadRequestException.invalidValue("user_id_attribute must be one of the mapped SCIM paths");
        }
    }

    /**
     * Parses and validates a mapping; the message of any failure names the offending pair. Parsing runs the filter
     * parser and schema lookups, so stores reading mappings on the request path go through a caching
     * {@link MappingParser}.
     */
    public static AttributeMapping of(String userIdAttribute, List<RawMappingPair> rawPairs) {
        return of(userIdAttribute, rawPairs, UserSchemaSet.STANDARD);
    }

    /** As {@link #of(String, List)}, with the connection's declared schema extensions mappable too (SPEC §10). */
    public static AttributeMapping of(String userIdAttribute, List<RawMappingPair> rawPairs,
                                      UserSchemaSet schemas) {
        if (rawPairs == null || rawPairs.isEmpty()) {
            throw BadRequestException.invalidValue("mapping must have at least one pair");
        }
        List<MappingPair> pairs = new ArrayList<>(rawPairs.size());
        for (RawMappingPair raw : rawPairs) {
            MappingPair pair = parsePair(raw, schemas);
            for (MappingPair earlier : pairs) {
                if (earlier.scim().overlaps(pair.scim())) {
                    throw invalid(raw, "its SCIM path is already mapped by " + describe(earlier));
                }
                if (earlier.auth0().overlaps(pair.auth0())) {
                    throw invalid(raw, "its profile path is already mapped by " + describe(earlier));
                }
            }
            pairs.add(pair);
        }
        if (userIdAttribute == null || userIdAttribute.isBlank()) {
            throw BadRequestException.invalidValue("user_id_attribute is required");
        }
        ScimMappingPath userId;
        try {
            userId = ScimMappingPath.parse(userIdAttribute, schemas);
        } catch (ScimException e) {
            throw BadRequestException.invalidValue("user_id_attribute: " + e.detail());
        }
        if (pairs.stream().noneMatch(p -> p.scim().equals(userId))) {
            throw BadRequestException.invalidValue("user_id_attribute " + userId + " must be one of the mapped SCIM paths");
        }
        AttributeType type = userId.valueDefinition().type();
        if (userId.attributeDefinition().multiValued() && userId.subAttribute() == null
                || type != AttributeType.STRING && type != AttributeType.REFERENCE) {
            throw BadRequestException.invalidValue("user_id_attribute must address a single string value");
        }
        return new AttributeMapping(userId, pairs, schemas);
    }

    private static MappingPair parsePair(RawMappingPair raw, UserSchemaSet schemas) {
        if (raw == null || raw.scim() == null || raw.auth0() == null) {
            throw BadRequestException.invalidValue("mapping pair " + (raw == null ? "null" : raw.describe())
                    + ": both scim and auth0 are required");
        }
        ScimMappingPath scim;
        ProfilePath profile;
        try {
            scim = ScimMappingPath.parse(raw.scim(), schemas);
            profile = ProfilePath.parse(raw.auth0());
        } catch (ScimException e) {
            throw invalid(raw, e.detail());
        }
        if (UNMAPPABLE.contains(scim.attribute())) {
            throw invalid(raw, "the SCIM attribute " + scim.attribute() + " cannot be mapped");
        }
        boolean active = scim.attribute().equals("active");
        if (active != profile.isBlocked()) {
            throw invalid(raw, "active may only map to blocked, and blocked only from active");
        }
        return new MappingPair(scim, profile);
    }

    private static BadRequestException invalid(RawMappingPair raw, String reason) {
        return BadRequestException.invalidValue("mapping pair " + raw.describe() + ": " + reason);
    }

    private static String describe(MappingPair pair) {
        return new RawMappingPair(pair.scim().toString(), pair.auth0().toString()).describe();
    }

    /** The pair whose SCIM path is exactly {@code path}. */
    public Optional<MappingPair> pairFor(ScimMappingPath path) {
        return pairs.stream().filter(p -> p.scim().equals(path)).findFirst();
    }

    /** The pairs that address the top-level attribute {@code attribute} of {@code schemaUrn}, in mapping order. */
    public List<MappingPair> pairsFor(String schemaUrn, String attribute) {
        return pairs.stream()
                .filter(p -> p.scim().schemaUrn().equals(schemaUrn) && p.scim().attribute().equals(attribute))
                .toList();
    }

    /** The raw form, as the Management API shows it. */
    public List<RawMappingPair> raw() {
        return pairs.stream().map(p -> new RawMappingPair(p.scim().toString(), p.auth0().toString())).toList();
    }
}

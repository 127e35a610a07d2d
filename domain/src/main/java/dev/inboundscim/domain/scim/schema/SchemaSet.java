package dev.inboundscim.domain.scim.schema;

import dev.inboundscim.domain.scim.path.AttributePath;
import java.util.Optional;

/** The schemas of one resource type: its core attributes and the extensions that hold the others. */
public interface SchemaSet {

    /** The top-level attribute a path names (URN-qualified or not), with the extension URN holding it. */
    Optional<ResolvedAttribute> resolve(AttributePath path);

    /** The canonical URN of an extension of this resource type, when {@code key} names one (any case). */
    Optional<String> extension(String key);

    /**
     * Whether some attribute is returned other than by default ({@code never}, {@code request}, {@code always}),
     * so that even a document shown whole must be projected.
     */
    default boolean restrictsReturned() {
        return false;
    }

    /** {@code path} as this set reads it, for sets that know URNs the filter grammar cannot split by itself. */
    default AttributePath canonical(AttributePath path) {
        return path;
    }

    /** A top-level attribute and where it lives. */
    record ResolvedAttribute(AttributeDefinition definition, String extensionUrn) {
        public boolean inExtension() {
            return extensionUrn != null;
        }
    }
}

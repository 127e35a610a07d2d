package dev.inboundscim.domain.scim.patch;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.filter.PathExpression;
import dev.inboundscim.domain.scim.schema.SchemaSet;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
import java.util.Map;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a SCIM document: a pure function from operations and resource to
 * the new resource or one error, so nothing is stored unless every operation succeeded.
 */
public final class PatchEngine {

    private PatchEngine() {
    }

    public static ScimObject apply(ScimObject resource, List<PatchOperation> operations, SchemaSet schemas) {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) MutableJson.thaw(resource);
        for (PatchOperation operation : operations) {
            switch (operation) {
                case PatchOperation.Add add -> withTargets(add.path(), add.value(), schemas,
                        (target, value) -> AttributeEdits.add(document, target, value));
                case PatchOperation.Replace replace -> withTargets(replace.path(), replace.value(), schemas,
                        (target, value) -> AttributeEdits.replace(document, target, value));
                case PatchOperation.Remove remove ->
                        AttributeEdits.remove(document, PatchTarget.of(remove.path(), schemas), remove.value());
            }
        }
        return (ScimObject) MutableJson.freeze(document);
    }

    @FunctionalInterface
    private interface Edit {
        void apply(PatchTarget target, ScimValue value);
    }

    /**
     * With a path, one edit; without one, the value is an object whose members are edits of their own: plain
     * names, dotted sub-attribute names ({@code "name.givenName"}, as Entra sends), URN-qualified names, and
     * extension objects keyed by their URN.
     */
    private static void withTargets(PathExpression path, ScimValue value, SchemaSet schemas, Edit edit) {
        if (path != null) {
            edit.apply(PatchTarget.of(path, schemas), value);
            return;
        }
        if (!(value instanceof ScimObject members)) {
            throw BadRequestException.invalidValue("an operation without a path needs an object value");
        }
        members.fields().forEach((key, member) -> {
            if (key.equalsIgnoreCase("schemas") || ignoredReadOnly(key)) {
                return;
            }
            var extension = schemas.extension(key);
            if (extension.isPresent() && member instanceof ScimObject extensionMembers) {
                extensionMembers.fields().forEach((name, inner) -> edit.apply(
                        PatchTarget.of(FilterParser.parsePath(extension.get() + ":" + name), schemas), inner));
                return;
            }
            edit.apply(PatchTarget.of(FilterParser.parsePath(key), schemas), member);
        });
    }

    /**
     * Okta's group rename and some clients' full-object replaces echo {@code id} and {@code meta}; RFC 7644 §3.5.2
     * lets a server ignore read-only values it is sent back, which keeps those requests working.
     */
    private static boolean ignoredReadOnly(String key) {
        return key.equalsIgnoreCase("id") || key.equalsIgnoreCase("meta");
    }
}

package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.projection.Projection;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a group as an RFC 7643 §4.2 document straight to the response: the small attributes go through the
 * projection like any resource, and {@code members} is streamed member by member as the store hands them over, so
 * the largest group costs one batch of memory. {@code members} is {@code []} when empty, each member carries
 * {@code value}, {@code $ref}, {@code display} (when the user has one) and {@code type}.
 */
final class ScimGroupDocument {

    /** A member with every sub-attribute, to learn once which ones a projection keeps. */
    private static final ScimObject PROBE = ScimObject.builder()
            .put("members", new ScimArray(List.of(ScimObject.builder().put("value", "v").put("$ref", "r")
                    .put("display", "d").put("type", "User").build())))
            .build();

    private final Projection projection;
    private final boolean membersShown;
    private final ScimObject memberFields;

    ScimGroupDocument(Projection projection) {
        this.projection = projection;
        ScimObject probed = projection.apply(PROBE, GroupSchemas.SET);
        this.membersShown = probed.get("members").isPresent();
        this.memberFields = membersShown && probed.get("members").get() instanceof ScimArray array
                && !array.values().isEmpty() ? (ScimObject) array.values().getFirst() : ScimObject.EMPTY;
    }

    void write(JsonGenerator out, ScimGroupView view, String baseUrl) throws IOException {
        Group group = view.group();
        ScimObject.Builder document = ScimObject.builder()
                .put("schemas", new ScimArray(List.of(new ScimString(SchemaUrns.CORE_GROUP))))
                .put("id", group.id().value())
                .put("displayName", group.displayName());
        if (group.externalId() != null) {
            document.put("externalId", group.externalId());
        }
        document.put("meta", ScimObject.builder()
                .put("resourceType", "Group")
                .put("created", group.createdAt().toString())
                .put("lastModified", group.updatedAt().toString())
                .put("location", location(baseUrl, group))
                .put("version", EntityTags.of(group.version()))
                .build());
        ScimObject projected = projection.apply(document.build(), GroupSchemas.SET);
        out.writeStartObject();
        for (Map.Entry<String, ScimValue> field : projected.fields().entrySet()) {
            if (field.getKey().equals("meta") && membersShown) {
                writeMembers(out, view, baseUrl);
            }
            out.writeFieldName(field.getKey());
            JsonCodec.write(out, field.getValue());
        }
        if (membersShown && projected.get("meta").isEmpty()) {
            writeMembers(out, view, baseUrl);
        }
        out.writeEndObject();
    }

    private void writeMembers(JsonGenerator out, ScimGroupView view, String baseUrl) throws IOException {
        out.writeArrayFieldStart("members");
        String users = baseUrl + "/scim/v2/connections/" + view.group().connectionId().value() + "/Users/";
        try {
            view.members().forEach(member -> writeMember(out, member, users));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.writeEndArray();
    }

    private void writeMember(JsonGenerator out, GroupMember member, String usersUrl) {
        try {
            out.writeStartObject();
            if (memberFields.get("value").isPresent()) {
                out.writeStringField("value", member.userId().value());
            }
            if (memberFields.get("$ref").isPresent()) {
                out.writeStringField("$ref", usersUrl + ScimUserDocument.encode(member.userId().value()));
            }
            if (memberFields.get("display").isPresent() && member.display() != null) {
                out.writeStringField("display", member.display());
            }
            if (memberFields.get("type").isPresent()) {
                out.writeStringField("type", "User");
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String location(String baseUrl, Group group) {
        return baseUrl + "/scim/v2/connections/" + group.connectionId().value() + "/Groups/" + group.id().value();
    }
}

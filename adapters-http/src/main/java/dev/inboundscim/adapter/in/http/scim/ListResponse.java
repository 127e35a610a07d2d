package dev.inboundscim.adapter.in.http.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.application.port.in.scim.ScimPage;
import java.util.Map;

/**
 * The RFC 7644 §3.4.2 ListResponse envelope, for users, groups and the discovery lists alike: built in memory around
 * a Resources array, or streamed with the resources written as they are read.
 */
record ListResponse(long totalResults, int startIndex, boolean cursorPaging, String nextCursor, int itemsPerPage) {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    static ListResponse of(ScimPage<?> page) {
        return new ListResponse(page.totalResults(), page.startIndex(), page.cursorPaging(), page.nextCursor(),
                page.resources().size());
    }

    /** A list with every resource on one page (the discovery endpoints). */
    static ListResponse whole(int size) {
        return new ListResponse(size, 1, false, null, size);
    }

    /** The whole document, with {@code resources} as its Resources. */
    ObjectNode with(ArrayNode resources) {
        ObjectNode list = envelope();
        list.set("Resources", resources);
        return list;
    }

    /** The whole document as a streamed body, in which {@code resources} writes the elements of Resources. */
    ScimExchange.Call.StreamedBody streamed(ScimExchange.Call.StreamedBody resources) {
        return (out, mapper) -> {
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> field : envelope().properties()) {
                out.writeFieldName(field.getKey());
                mapper.writeTree(out, field.getValue());
            }
            out.writeArrayFieldStart("Resources");
            resources.write(out, mapper);
            out.writeEndArray();
            out.writeEndObject();
        };
    }

    private ObjectNode envelope() {
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.putArray("schemas").add(SCHEMA);
        list.put("totalResults", totalResults);
        if (cursorPaging) {
            // RFC 9865 §2.2: cursor pages carry nextCursor (absent on the last page) instead of startIndex.
            if (nextCursor != null) {
                list.put("nextCursor", nextCursor);
            }
        } else {
            list.put("startIndex", startIndex);
        }
        list.put("itemsPerPage", itemsPerPage);
        return list;
    }
}

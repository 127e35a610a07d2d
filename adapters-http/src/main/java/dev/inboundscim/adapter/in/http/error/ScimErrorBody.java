package dev.inboundscim.adapter.in.http.error;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The RFC 7644 §3.12 error document. */
public final class ScimErrorBody {

    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimErrorBody() {
    }

    public static ObjectNode of(int status, String scimType, String detail) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("schemas").add(ERROR_SCHEMA);
        body.put("status", Integer.toString(status));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return body;
    }
}

package dev.inboundscim.domain.scim.bulk;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.PayloadTooLargeException;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed bulk request (RFC 7644 §3.7). A request whose structure is wrong anywhere (an operation without a method,
 * a path to no Users or Groups endpoint, a POST without a bulkId, a bulkId used twice) is refused whole with
 * {@code invalidSyntax} or {@code invalidPath} before any operation runs, so it is never half-applied; what only
 * running can tell (a missing resource, a bulkId whose POST failed) is answered per operation.
 *
 * @param failOnErrors the number of errors after which the remaining operations are not run; 0 for no limit
 */
public record BulkRequest(int failOnErrors, List<BulkOperation> operations) {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    public static final String RESPONSE_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    public BulkRequest {
        operations = List.copyOf(operations);
    }

    /** Parses {@code body}; more than {@code maxOperations} operations is 413 (RFC 7644 §3.7.4). */
    public static BulkRequest parse(ScimObject body, int maxOperations) {
        Optional<ScimValue> schemas = body.getIgnoreCase("schemas");
        // Like PATCH bodies: a client that leaves schemas out is understood, one that names another is not.
        if (schemas.isPresent() && !(schemas.get() instanceof ScimArray array
                && array.values().contains(new ScimString(SCHEMA)))) {
            throw BadRequestException.invalidSyntax("schemas must contain " + SCHEMA);
        }
        if (!(body.getIgnoreCase("Operations").orElse(null) instanceof ScimArray operations)) {
            throw BadRequestException.invalidSyntax("Operations must be an array");
        }
        if (operations.values().size() > maxOperations) {
            // RFC 7644 §3.7.4: over either limit, 413 with the limit named in the error body.
            throw new PayloadTooLargeException("The number of operations (" + operations.values().size()
                    + ") exceeds the maxOperations (" + maxOperations + ")");
        }
        int failOnErrors = failOnErrors(body);
        List<BulkOperation> parsed = new ArrayList<>();
        Set<String> bulkIds = new HashSet<>();
        for (int i = 0; i < operations.values().size(); i++) {
            BulkOperation operation = operation(operations.values().get(i), i);
            if (operation.bulkId() != null && !bulkIds.add(operation.bulkId())) {
                // RFC 7644 §3.7: a bulkId names one new resource, so it must be unique within the request.
                throw BadRequestException.invalidSyntax("Operations[" + i + "].bulkId is used by an earlier "
                        + "operation");
            }
            parsed.add(operation);
        }
        return new BulkRequest(failOnErrors, parsed);
    }

    private static int failOnErrors(ScimObject body) {
        Optional<ScimValue> value = body.getIgnoreCase("failOnErrors").filter(v -> !v.isUnassigned());
        if (value.isEmpty()) {
            return 0;
        }
        if (!(value.get() instanceof ScimNumber number) || !isPositiveInt(number.value())) {
            throw BadRequestException.invalidSyntax("failOnErrors must be a positive integer");
        }
        return number.value().intValueExact();
    }

    private static boolean isPositiveInt(BigDecimal value) {
        return value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static BulkOperation operation(ScimValue value, int i) {
        if (!(value instanceof ScimObject operation)) {
            throw BadRequestException.invalidSyntax("Operations[" + i + "] must be an object");
        }
        String prefix = "Operations[" + i + "].";
        BulkMethod method = BulkMethod.named(text(operation, "method", prefix, true)).orElseThrow(
                () -> BadRequestException.invalidSyntax(prefix + "method must be POST, PUT, PATCH or DELETE"));
        String bulkId = text(operation, "bulkId", prefix, false);
        if (method == BulkMethod.POST && bulkId == null) {
            throw BadRequestException.invalidSyntax(prefix + "bulkId is required for POST");
        }
        String version = text(operation, "version", prefix, false);
        String path = text(operation, "path", prefix, true);
        Target target = target(path, method, prefix);
        return new BulkOperation(i, method, method == BulkMethod.POST ? bulkId : null, version, target.resource(),
                target.id(), data(operation, method, prefix));
    }

    private static String text(ScimObject operation, String name, String prefix, boolean required) {
        Optional<ScimValue> value = operation.getIgnoreCase(name).filter(v -> !v.isUnassigned());
        if (value.isEmpty()) {
            if (required) {
                throw BadRequestException.invalidSyntax(prefix + name + " is required");
            }
            return null;
        }
        if (!(value.get() instanceof ScimString text)) {
            throw BadRequestException.invalidSyntax(prefix + name + " must be a string");
        }
        return text.value();
    }

    private record Target(BulkResource resource, String id) {
    }

    /**
     * The endpoint and id {@code path} names: {@code /Users} or {@code /Groups} for a POST, a resource under them
     * for the other methods (RFC 7644 §3.7). Ids may come percent-encoded, as in a URL.
     */
    private static Target target(String path, BulkMethod method, String prefix) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        int slash = relative.indexOf('/');
        String endpoint = slash < 0 ? relative : relative.substring(0, slash);
        String id = slash < 0 ? null : decode(relative.substring(slash + 1));
        BulkResource resource = BulkResource.named(endpoint).orElseThrow(
                () -> BadRequestException.invalidPath(prefix + "path must name /Users or /Groups"));
        if (method == BulkMethod.POST && id != null) {
            throw BadRequestException.invalidPath(prefix + "path of a POST must be /" + resource.endpoint());
        }
        if (method != BulkMethod.POST && (id == null || id.isEmpty())) {
            throw BadRequestException.invalidPath(prefix + "path of a " + method + " must name a resource: /"
                    + resource.endpoint() + "/{id}");
        }
        return new Target(resource, id);
    }

    private static String decode(String id) {
        if (id.indexOf('%') < 0) {
            return id;
        }
        try {
            return URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    private static ScimObject data(ScimObject operation, BulkMethod method, String prefix) {
        Optional<ScimValue> data = operation.getIgnoreCase("data");
        if (method == BulkMethod.DELETE) {
            return ScimObject.EMPTY;
        }
        if (data.isEmpty() || !(data.get() instanceof ScimObject object)) {
            throw BadRequestException.invalidSyntax(prefix + "data must be an object for " + method);
        }
        return object;
    }
}

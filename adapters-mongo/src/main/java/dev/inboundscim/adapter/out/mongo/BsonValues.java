package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.log.LogRedaction;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.CanonicalForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Converts the domain's {@link ScimValue} tree to BSON values and back.
 *
 * <p>Two encodings make stored profiles behave like PostgreSQL's {@code jsonb} under queries:
 * <ul>
 *   <li>Object keys are escaped ({@link FieldKeys}), so any key a SCIM client sends can be stored and no stored key
 *       can be mistaken for an operator or a path separator.</li>
 *   <li>Arrays are wrapped as {@code {"%array": [...]}}. MongoDB looks inside arrays when a query names a path
 *       ({@code {"profile.roles": "admin"}} matches {@code ["admin"]}); {@code jsonb} containment does not. Behind the
 *       wrapper no query path can reach an element, because no escaped key starts with {@code %} followed by a
 *       letter.</li>
 * </ul>
 * Numbers are {@link Decimal128}, exact and with their scale ({@code 12.50} stays {@code 12.50}); the rare number
 * Decimal128 cannot hold exactly (more than 34 digits) is kept as text in {@code {"%number": "..."}}.
 */
final class BsonValues {

    static final String ARRAY = "%array";
    static final String NUMBER = "%number";
    /** The value an empty array is stored as, for presence tests. */
    static final Document EMPTY_ARRAY = new Document(ARRAY, List.of());

    private BsonValues() {
    }

    /** The stored form of {@code value}, exact. */
    static Object encode(ScimValue value) {
        return encode(value, false);
    }

    /** The canonical stored form of one number. */
    static Object canonicalNumber(ScimNumber number) {
        return number(number.value(), true);
    }

    static Document encodeObject(ScimObject object) {
        return (Document) encode(object, false);
    }

    /**
     * The form queried for case-insensitive and numeric comparisons: strings in {@link CanonicalForm}, numbers without
     * trailing zeros (so {@code 3} and {@code 3.0} are the same value whatever the server's numeric comparison does),
     * keys untouched.
     */
    static Document encodeCanonicalObject(ScimObject object) {
        return (Document) encode(object, true);
    }

    private static Object encode(ScimValue value, boolean canonical) {
        return switch (value) {
            case ScimString s -> canonical ? CanonicalForm.of(s.value()) : s.value();
            case ScimNumber n -> number(n.value(), canonical);
            case ScimBoolean b -> b.value();
            case ScimNull n -> null;
            case ScimArray a -> {
                List<Object> elements = new ArrayList<>(a.values().size());
                a.values().forEach(element -> elements.add(encode(element, canonical)));
                yield new Document(ARRAY, elements);
            }
            case ScimObject o -> {
                Document document = new Document();
                o.fields().forEach((key, field) -> document.append(FieldKeys.escape(key), encode(field, canonical)));
                yield document;
            }
        };
    }

    private static Object number(BigDecimal value, boolean canonical) {
        BigDecimal stored = canonical ? normalized(value) : value;
        try {
            return new Decimal128(stored);
        } catch (NumberFormatException | ArithmeticException e) {
            // More digits or a larger exponent than Decimal128 holds: keep the exact text instead of rounding.
            return new Document(NUMBER, stored.toString());
        }
    }

    /** {@code 3.0} and {@code 30} as {@code 3} and {@code 3E+1}: one representation per numeric value. */
    private static BigDecimal normalized(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    static ScimValue decode(Object value) {
        return switch (value) {
            case null -> ScimNull.INSTANCE;
            case String s -> new ScimString(s);
            case Boolean b -> ScimBoolean.of(b);
            case Decimal128 d -> new ScimNumber(d.bigDecimalValue());
            // Written by hand or by another tool: still numbers.
            case Integer i -> ScimNumber.of(i);
            case Long l -> ScimNumber.of(l);
            case Double d -> new ScimNumber(BigDecimal.valueOf(d));
            case Document d when d.size() == 1 && d.containsKey(ARRAY) -> {
                List<ScimValue> elements = new ArrayList<>();
                for (Object element : (Collection<?>) d.get(ARRAY)) {
                    elements.add(decode(element));
                }
                yield new ScimArray(elements);
            }
            case Document d when d.size() == 1 && d.get(NUMBER) instanceof String text ->
                    new ScimNumber(new BigDecimal(text));
            case Document d -> decodeObject(d);
            case List<?> list -> new ScimArray(list.stream().map(BsonValues::decode).toList());
            default -> throw new IllegalStateException("Unsupported stored value type " + value.getClass().getName());
        };
    }

    static ScimObject decodeObject(Document document) {
        Map<String, ScimValue> fields = new LinkedHashMap<>();
        document.forEach((key, field) -> fields.put(FieldKeys.unescape(key), decode(field)));
        return new ScimObject(fields);
    }

    /** Every string value in {@code value} (not the keys), canonicalised, for the Management API's text search. */
    static void collectCanonicalStrings(ScimValue value, Collection<String> into) {
        switch (value) {
            case ScimString s -> into.add(CanonicalForm.of(s.value()));
            case ScimArray a -> a.values().forEach(element -> collectCanonicalStrings(element, into));
            case ScimObject o -> o.fields().values().forEach(field -> collectCanonicalStrings(field, into));
            case ScimNumber n -> { }
            case ScimBoolean b -> { }
            case ScimNull n -> { }
        }
    }

    /** Whether any string or key in {@code value} holds a NUL character. */
    static boolean hasNul(ScimValue value) {
        return switch (value) {
            case ScimString s -> hasNul(s.value());
            case ScimArray a -> a.values().stream().anyMatch(BsonValues::hasNul);
            case ScimObject o -> o.fields().entrySet().stream()
                    .anyMatch(e -> hasNul(e.getKey()) || hasNul(e.getValue()));
            case ScimNumber n -> false;
            case ScimBoolean b -> false;
            case ScimNull n -> false;
        };
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /**
     * A copy with every NUL character in strings and keys replaced by U+FFFD, as the PostgreSQL adapter stores log
     * entries: both stores then keep the same text for a request that carried one.
     */
    static ScimValue withoutNul(ScimValue value) {
        return LogRedaction.withoutNul(value);
    }

    static String withoutNul(String text) {
        return LogRedaction.withoutNul(text);
    }
}

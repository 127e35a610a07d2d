package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyElement;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyValue;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldPresent;
import dev.inboundscim.domain.mapping.query.ProfileCondition.GroupAttributeComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Logical;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MemberOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Timestamp;
import dev.inboundscim.domain.mapping.query.ProfileCondition.TimestampComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.UserIdEquals;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.user.CanonicalForm;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Translates a {@link ProfileCondition} into a MongoDB query over {@code users} with the semantics of the PostgreSQL
 * adapter's {@code ProfileConditionSql}. Every user value goes into the query as a BSON value under an explicit
 * operator ({@code {"profile.title": {"$eq": value}}}), never as query text, so a value such as {@code {"$ne": ""}}
 * is a string to match. Field names come from profile paths, escaped like stored keys.
 *
 * <p>Every leaf is two-valued, so {@code $nor} of a missing attribute matches, as in memory ({@link BsonLogic}
 * writes and, or and not). Arrays are stored
 * wrapped ({@link BsonValues}), so a path never reaches inside one: like {@code jsonb} containment, {@code eq "a"}
 * does not match {@code ["a"]}.
 */
final class ProfileConditionBson {

    /** What presence excludes: RFC 7643 §2.5 "unassigned" values, in their stored forms. */
    private static final List<Object> UNASSIGNED = Arrays.asList(null, "", new Document(), BsonValues.EMPTY_ARRAY);

    /** Where paths start: the stored profile and its canonical copy, or "" inside one element of an array. */
    private final String exact;
    private final String canonical;
    /** The ids of the users a {@link MemberOf} condition holds for, looked up in the memberships. */
    private final Function<MemberOf, List<String>> members;

    private ProfileConditionBson(String exact, String canonical, Function<MemberOf, List<String>> members) {
        this.exact = exact;
        this.canonical = canonical;
        this.members = members;
    }

    /** A condition without {@link MemberOf}, which needs the memberships. */
    static Document translate(ProfileCondition condition) {
        return translate(condition, member -> {
            throw new IllegalArgumentException("a groups filter needs the memberships");
        });
    }

    static Document translate(ProfileCondition condition, Function<MemberOf, List<String>> members) {
        return new ProfileConditionBson(UserDocuments.PROFILE, UserDocuments.PROFILE_CI, members)
                .condition(condition);
    }

    private Document condition(ProfileCondition condition) {
        return switch (condition) {
            case Logical logical -> logical.fold(BsonLogic.INSTANCE, this::condition);
            case AnyElement element -> anyElement(element);
            case MemberOf member -> new Document(UserDocuments.ID, new Document("$in", members.apply(member)));
            case AnyValue value -> anyValue(value);
            case GroupAttributeComparison comparison -> throw new IllegalArgumentException(
                    "a group attribute is compared inside MemberOf only");
            case UserIdEquals id -> BsonValues.hasNul(id.userId()) ? BsonLogic.NOTHING
                    : new Document(UserDocuments.ID, new Document("$eq", id.userId()));
            case FieldPresent present -> new Document(field(exact, present.path()),
                    new Document("$nin", UNASSIGNED));
            case FieldComparison comparison -> compare(comparison);
            case TimestampComparison timestamp -> instant(timestamp.field() == Timestamp.CREATED
                    ? UserDocuments.CREATED_AT : UserDocuments.UPDATED_AT, timestamp.operator(), timestamp.value());
        };
    }

    /** The stored instant {@code field} compared by an equality or ordering {@code operator} with {@code value}. */
    static Document instant(String field, CompareOperator operator, Instant value) {
        return new Document(field, new Document(mongoOperator(operator), Instants.toDate(value)));
    }

    /** The query operator of an equality or ordering operator; the others are written as negations and patterns. */
    static String mongoOperator(CompareOperator operator) {
        return switch (operator) {
            case EQ -> "$eq";
            case GT -> "$gt";
            case GE -> "$gte";
            case LT -> "$lt";
            case LE -> "$lte";
            case NE, CO, SW, EW -> throw new IllegalArgumentException("not an ordering operator: " + operator);
        };
    }

    /**
     * Some element of the (wrapped) array matches, with {@code $elemMatch} on the canonical copy: every
     * sub-attribute of a multi-valued User attribute compares case-insensitively, and booleans, numbers and nulls
     * are the same in both copies. A scalar element has no fields, so field conditions never match it.
     */
    private Document anyElement(AnyElement element) {
        Document inner = new ProfileConditionBson("", "", members).condition(element.condition());
        return new Document(field(canonical, element.path()) + "." + BsonValues.ARRAY,
                new Document("$elemMatch", inner));
    }

    /**
     * Some value of the (wrapped) array compares: MongoDB matches a condition on an array field when any element
     * does, and compares numbers with numbers and strings with strings only (type bracketing).
     */
    private Document anyValue(AnyValue any) {
        String exactValues = field(exact, any.path()) + "." + BsonValues.ARRAY;
        String canonicalValues = field(canonical, any.path()) + "." + BsonValues.ARRAY;
        return switch (any.value()) {
            case ScimString string when BsonValues.hasNul(string.value()) -> BsonLogic.NOTHING;
            case ScimString string -> {
                String column = any.caseExact() ? exactValues : canonicalValues;
                String text = any.caseExact() ? string.value() : CanonicalForm.of(string.value());
                yield switch (any.operator()) {
                    case EQ -> eq(column, text);
                    case CO -> new Document(column, new Document("$regex", regexOrAll(literal(text))));
                    case SW -> new Document(column, new Document("$regex", "^" + literal(text)));
                    case EW -> new Document(column, new Document("$regex", regexOrAll(literal(text) + "\\z")));
                    default -> new Document(column, new Document(mongoOperator(any.operator()), text));
                };
            }
            case ScimNumber number -> switch (any.operator()) {
                case EQ, GT, GE, LT, LE -> new Document(canonicalValues,
                        new Document(mongoOperator(any.operator()), BsonValues.canonicalNumber(number)));
                default -> BsonLogic.NOTHING;
            };
            case ScimBoolean bool when any.operator() == CompareOperator.EQ -> eq(exactValues, bool.value());
            default -> BsonLogic.NOTHING;
        };
    }

    private static String regexOrAll(String pattern) {
        return pattern.isEmpty() ? "^" : pattern;
    }

    private Document compare(FieldComparison comparison) {
        return switch (comparison.operator()) {
            case EQ -> equal(comparison);
            case NE -> new Document("$nor", List.of(equal(comparison)));
            case CO -> text(comparison, false, false);
            case SW -> text(comparison, true, false);
            case EW -> text(comparison, false, true);
            case GT -> order(comparison, "$gt");
            case GE -> order(comparison, "$gte");
            case LT -> order(comparison, "$lt");
            case LE -> order(comparison, "$lte");
        };
    }

    private Document equal(FieldComparison comparison) {
        ProfilePath path = comparison.path();
        return switch (comparison.value()) {
            case ScimString string -> equalString(comparison, string.value());
            // Numbers compare in their canonical form (3 and 3.0 alike), as jsonb compares numerically.
            case ScimNumber number -> eq(field(canonical, path), BsonValues.canonicalNumber(number));
            // {"$eq": null} would also match a missing field; jsonb containment of null matches only null.
            case ScimNull n -> new Document(field(exact, path), new Document("$type", "null"));
            case ScimBoolean b -> eq(field(exact, path), b.value());
            case ScimObject o -> eq(field(exact, path), BsonValues.encode(o));
            case ScimArray a -> eq(field(exact, path), BsonValues.encode(a));
        };
    }

    private Document equalString(FieldComparison comparison, String value) {
        if (BsonValues.hasNul(value)) {
            return BsonLogic.NOTHING;
        }
        ProfilePath path = comparison.path();
        String folded = CanonicalForm.of(value);
        if (comparison.key() == IndexedKey.USER_NAME && !comparison.caseExact()) {
            return eq(UserDocuments.USER_NAME_KEY, folded);
        }
        if (comparison.key() == IndexedKey.USER_ID_ATTRIBUTE) {
            // The unique key finds the user through its index; a case-exact filter also checks the raw value.
            Document key = eq(UserDocuments.USER_ID_ATTRIBUTE_KEY, folded);
            return comparison.caseExact()
                    ? new Document("$and", List.of(key, eq(field(exact, path), value)))
                    : key;
        }
        return comparison.caseExact() ? eq(field(exact, path), value)
                : eq(field(canonical, path), folded);
    }

    /**
     * {@code co}, {@code sw} and {@code ew} on strings only (RFC 7644 §3.4.2.2), as a regular expression whose every
     * character outside {@code [A-Za-z0-9]} and non-ASCII is escaped, so the value is literal text. Case-insensitive
     * matching uses the canonical copy rather than the {@code i} flag, so prefix matches can use the wildcard index.
     */
    private Document text(FieldComparison comparison, boolean anchoredStart, boolean anchoredEnd) {
        if (!(comparison.value() instanceof ScimString string) || BsonValues.hasNul(string.value())) {
            // No stored string holds a NUL, and a regular expression cannot carry one.
            return BsonLogic.NOTHING;
        }
        String text = comparison.caseExact() ? string.value() : CanonicalForm.of(string.value());
        String pattern = (anchoredStart ? "^" : "") + literal(text) + (anchoredEnd ? "\\z" : "");
        return new Document(column(comparison), new Document("$type", "string")
                .append("$regex", pattern.isEmpty() ? "^" : pattern));
    }

    /** Ordering of strings, in code point order like the reference evaluator; other values never match. */
    private Document order(FieldComparison comparison, String operator) {
        if (comparison.value() instanceof ScimNumber number) {
            // MongoDB compares numbers with numbers only (type bracketing), by value in the canonical copy.
            return new Document(field(canonical, comparison.path()),
                    new Document(operator, BsonValues.canonicalNumber(number)));
        }
        if (!(comparison.value() instanceof ScimString string) || BsonValues.hasNul(string.value())) {
            return BsonLogic.NOTHING;
        }
        String text = comparison.caseExact() ? string.value() : CanonicalForm.of(string.value());
        // $type keeps the comparison to strings even on a server that compares across types.
        return new Document(column(comparison), new Document("$type", "string").append(operator, text));
    }

    private String column(FieldComparison comparison) {
        if (comparison.caseExact() && exact.isEmpty() && comparison.value() instanceof ScimString) {
            // Elements are matched on their canonical copy; the User schema has no case-exact sub-attribute of a
            // multi-valued attribute, so this is a defect, not a client error.
            throw new IllegalStateException("a case-exact text comparison inside an array element");
        }
        return field(comparison.caseExact() ? exact : canonical, comparison.path());
    }

    private static Document eq(String field, Object value) {
        return new Document(field, new Document("$eq", value));
    }

    static String field(String root, ProfilePath path) {
        String relative = path.segments().stream().map(FieldKeys::escape).collect(Collectors.joining("."));
        return root.isEmpty() ? relative : root + "." + relative;
    }

    /** {@code text} as a regular expression that matches exactly it. */
    static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!plain && c >= 0x20 && c < 0x7F) {
                // A backslash before ASCII punctuation or space is a literal in PCRE and in java.util.regex alike.
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}

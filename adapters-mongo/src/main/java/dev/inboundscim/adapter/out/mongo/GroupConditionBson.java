package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Timestamp;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * Translates a {@link GroupCondition} into a query on the {@code groups} collection. Membership conditions are
 * resolved first through the membership index ({@code memberOf}: the ids of the groups a user belongs to), as
 * MongoDB has no join inside a filter. Text is literal in regular expressions and compared as strings only.
 */
final class GroupConditionBson {

    private final Function<UserId, List<String>> memberOf;

    GroupConditionBson(Function<UserId, List<String>> memberOf) {
        this.memberOf = memberOf;
    }

    Document translate(GroupCondition condition) {
        return switch (condition) {
            case GroupCondition.Logical logical -> logical.fold(BsonLogic.INSTANCE, this::translate);
            case GroupCondition.TextComparison text -> compare(text);
            case GroupCondition.FieldPresent present -> new Document(field(present.field()),
                    new Document("$type", "string"));
            case GroupCondition.HasMember member -> BsonValues.hasNul(member.userId().value())
                    ? BsonLogic.NOTHING
                    : new Document(GroupDocuments.ID, new Document("$in", memberOf.apply(member.userId())));
            case GroupCondition.HasMembers members -> new Document(GroupDocuments.MEMBER_COUNT,
                    new Document("$gt", 0));
            case GroupCondition.TimestampComparison timestamp -> ProfileConditionBson.instant(
                    timestamp.field() == Timestamp.CREATED ? GroupDocuments.CREATED_AT : GroupDocuments.UPDATED_AT,
                    timestamp.operator(), timestamp.value());
        };
    }

    private static Document compare(GroupCondition.TextComparison text) {
        if (BsonValues.hasNul(text.value())) {
            return BsonLogic.NOTHING;
        }
        String literal = ProfileConditionBson.literal(text.value());
        Document test = switch (text.operator()) {
            case CO -> regex(literal);
            case SW -> regex("^" + literal);
            case EW -> regex(literal + "\\z");
            default -> new Document("$type", "string")
                    .append(ProfileConditionBson.mongoOperator(text.operator()), text.value());
        };
        return new Document(field(text.field()), test);
    }

    private static Document regex(String pattern) {
        return new Document("$type", "string").append("$regex", pattern.isEmpty() ? "^" : pattern);
    }

    private static String field(GroupCondition.GroupField field) {
        return switch (field) {
            case DISPLAY_NAME -> GroupDocuments.DISPLAY_NAME_KEY;
            case EXTERNAL_ID -> GroupDocuments.EXTERNAL_ID;
            case ID -> GroupDocuments.ID;
        };
    }
}

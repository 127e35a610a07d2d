package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.scim.paging.PagePosition.SortValue;
import java.math.BigDecimal;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

/**
 * The order of a keyset listing of users on MongoDB, as the offset listing sorts them (the sort field, missing values
 * lowest, then {@code seq}), and the filter "after this position" in that order, which the sort's index answers.
 *
 * @param field the sorted field of the user document, or null for creation order
 */
record MongoUserKeyset(String field, boolean descending, boolean numeric) {

    static MongoUserKeyset of(SortKey sort) {
        if (sort == null || sort.path() == null) {
            return new MongoUserKeyset(null, false, false);
        }
        return new MongoUserKeyset(ProfileConditionBson.field(sort.caseExact() ? UserDocuments.PROFILE
                : UserDocuments.PROFILE_CI, sort.path()), sort.descending(), sort.numeric());
    }

    Bson order() {
        if (field == null) {
            return MongoUserRepository.ORDER;
        }
        return Sorts.orderBy(descending ? Sorts.descending(field) : Sorts.ascending(field), MongoUserRepository.ORDER);
    }

    /** The documents after {@code after} in this order; null from the start. */
    Bson after(PagePosition after) {
        if (after == null) {
            return null;
        }
        Bson later = Filters.gt(UserDocuments.SEQ, after.seq());
        if (field == null) {
            return later;
        }
        return switch (after.value()) {
            case SortValue.Missing missing -> descending ? Filters.and(Filters.eq(field, null), later)
                    : Filters.or(Filters.and(Filters.eq(field, null), later), Filters.ne(field, null));
            case null -> throw BadRequestException.invalidCursor("the cursor belongs to another query");
            default -> {
                Object value = value(after.value());
                Bson beyond = descending ? Filters.lt(field, value) : Filters.gt(field, value);
                Bson tie = Filters.and(Filters.eq(field, value), later);
                yield descending ? Filters.or(beyond, tie, Filters.eq(field, null)) : Filters.or(beyond, tie);
            }
        };
    }

    private Object value(SortValue value) {
        return switch (value) {
            case SortValue.Number number when numeric -> new Decimal128(number.number());
            case SortValue.Text text when !numeric -> text.text();
            default -> throw BadRequestException.invalidCursor("the cursor belongs to another query");
        };
    }

    /** Where {@code document} stands in this order. */
    PagePosition position(Document document) {
        long seq = document.get(UserDocuments.SEQ, Number.class).longValue();
        if (field == null) {
            return new PagePosition(seq, null);
        }
        Object value = document;
        for (String segment : field.split("\\.")) {
            value = value instanceof Document nested ? nested.get(segment) : null;
        }
        SortValue sortValue = switch (value) {
            case String text when !numeric -> new SortValue.Text(text);
            case Decimal128 number when numeric -> new SortValue.Number(number.bigDecimalValue());
            case Document big when numeric && big.get(BsonValues.NUMBER) instanceof String text ->
                    new SortValue.Number(new BigDecimal(text));
            case null, default -> new SortValue.Missing();
        };
        return new PagePosition(seq, sortValue);
    }
}

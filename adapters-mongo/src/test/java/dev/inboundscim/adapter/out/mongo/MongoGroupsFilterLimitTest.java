package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.application.contract.ContractSupport;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.group.GroupCondition.GroupField;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.user.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A Users filter on {@code groups} looks the members up first on MongoDB (no join inside a filter): past its limit
 * it is 400 {@code tooMany} (RFC 7644 §3.12) rather than an unbounded {@code $in}; a repeated member counts once.
 */
class MongoGroupsFilterLimitTest extends ContractSupport {

    private final MongoStore store = TestMongo.store();

    @Override
    protected Repositories repositories() {
        return store.repositories();
    }

    @Test
    void membersPastTheLimitAreTooManyAndEachMemberCountsOnce() {
        Connection connection = newConnection();
        User ann = insertedUser(connection, "ann", "ann-ext");
        User bob = insertedUser(connection, "bob", "bob-ext");
        insertedGroup(connection, "Eng", ann, bob);
        insertedGroup(connection, "Eng Ops", ann);
        MongoGroupRepository groups = (MongoGroupRepository) repositories().groups();
        GroupCondition eng = new GroupCondition.TextComparison(GroupField.DISPLAY_NAME, CompareOperator.SW, "eng");

        assertEquals(Set.of(ann.id().value(), bob.id().value()), Set.copyOf(groups.membersOf(connection.id(), eng, 2)),
                "three memberships, two users: within a limit of two");
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> groups.membersOf(connection.id(), eng, 1));
        assertEquals(ScimType.TOO_MANY, error.scimType().orElseThrow());
    }
}

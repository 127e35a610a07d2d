package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.group.GroupFilterResolver;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How every store answers Group filters (resolved by {@link GroupFilterResolver}), sorts and pages them. Each test
 * works on one fresh connection holding the same four groups.
 */
public abstract class GroupSearchContract extends ContractSupport {

    private Connection connection;
    private User alice;
    private User bob;
    private Group engineering;
    private Group sales;
    private Group salesOps;
    private Group empty;

    @BeforeEach
    void fourGroups() {
        connection = newConnection();
        alice = insertedUser(connection, "alice", "ext-alice");
        bob = insertedUser(connection, "bob", "ext-bob");
        engineering = inserted("Engineering", "okta-ENG", alice, bob);
        sales = inserted("Sales", "okta-sales", bob);
        salesOps = inserted("sales ops", null, alice);
        empty = inserted("Ünïcode Team", "x", new User[0]);
    }

    private Group inserted(String displayName, String externalId, User... members) {
        Group group = group(connection, displayName, externalId, members.length);
        groups().insert(inserting(group, ids(members), NO_LIMIT, NO_LIMIT, List.of(log(connection, null))));
        return group;
    }

    private List<Group> find(String filter) {
        return search(filter, null, null, 0, 100).items();
    }

    private Page<Group> search(String filter, String sortBy, String sortOrder, long offset, int limit) {
        GroupCondition condition = filter == null ? new GroupCondition.MatchAll()
                : GroupFilterResolver.resolve(FilterParser.parse(filter));
        return groups().search(connection.id(), condition, GroupSort.of(sortBy, sortOrder), offset, limit);
    }

    @Test
    void displayNameComparesIgnoringCase() {
        assertEquals(List.of(sales), find("displayName eq \"SALES\""));
        assertEquals(List.of(empty), find("displayName eq \"ÜNÏCODE team\""));
        assertEquals(List.of(sales, salesOps), find("displayName sw \"sal\""));
        assertEquals(List.of(salesOps), find("displayName ew \"OPS\""));
        assertEquals(List.of(engineering), find("displayName co \"GINE\""));
        assertEquals(List.of(engineering, salesOps, empty), find("displayName ne \"sales\""));
        assertEquals(List.of(sales, salesOps, empty), find("displayName gt \"m\""));
    }

    @Test
    void externalIdAndIdCompareAsWritten() {
        assertEquals(List.of(engineering), find("externalId eq \"okta-ENG\""));
        assertEquals(List.of(), find("externalId eq \"okta-eng\""));
        assertEquals(List.of(engineering, sales), find("externalId sw \"okta-\""));
        assertEquals(List.of(engineering, sales, empty), find("externalId pr"));
        assertEquals(List.of(salesOps), find("not (externalId pr)"));
        assertEquals(List.of(salesOps), find("externalId eq null"));
        assertEquals(List.of(sales), find("id eq \"" + sales.id().value() + "\""));
        assertEquals(List.of(), find("id eq \"" + GroupId.generate().value() + "\""));
    }

    @Test
    void membersByValue() {
        assertEquals(List.of(engineering, salesOps), find("members[value eq \"" + alice.id().value() + "\"]"));
        assertEquals(List.of(engineering, sales), find("members.value eq \"" + bob.id().value() + "\""));
        assertEquals(List.of(engineering, sales, salesOps),
                find("members[value eq \"" + alice.id().value() + "\" or value eq \"" + bob.id().value() + "\"]"));
        assertEquals(List.of(), find("members[value eq \"okta|nobody|1\"]"));
        assertEquals(List.of(engineering, sales, salesOps), find("members pr"));
        assertEquals(List.of(empty), find("not (members pr)"));
    }

    @Test
    void logicalOperatorsAndTimestamps() {
        assertEquals(List.of(sales), find("displayName sw \"sales\" and externalId pr"));
        assertEquals(List.of(engineering, empty), find("displayName eq \"engineering\" or externalId eq \"x\""));
        assertEquals(List.of(sales, salesOps, empty), find("meta.created gt \"" + engineering.createdAt() + "\""));
        assertEquals(List.of(engineering), find("meta.lastModified le \"" + engineering.updatedAt() + "\""));
        assertEquals(List.of(engineering, sales, salesOps, empty), find("meta.resourceType eq \"Group\""));
        assertEquals(List.of(), find("displayName eq 42"));
    }

    @Test
    void sortsAndPages() {
        assertEquals(List.of(engineering, sales, salesOps, empty),
                search(null, "displayName", null, 0, 10).items());
        assertEquals(List.of(empty, salesOps, sales, engineering),
                search(null, "displayName", "descending", 0, 10).items());
        // Groups without an externalId come first ascending, last descending.
        assertEquals(List.of(salesOps, engineering, sales, empty),
                search(null, "externalId", "ascending", 0, 10).items());
        assertEquals(List.of(empty, sales, engineering, salesOps),
                search(null, "externalId", "descending", 0, 10).items());
        assertEquals(List.of(engineering, sales, salesOps, empty), search(null, "meta.created", null, 0, 10).items());

        Page<Group> page = search("displayName pr", null, null, 1, 2);
        assertEquals(4, page.total());
        assertEquals(List.of(sales, salesOps), page.items());
        assertEquals(List.of(), search(null, null, null, 4, 2).items());
        assertEquals(4, search(null, null, null, 0, 0).total());
        assertEquals(Set.of(), Set.copyOf(search("displayName eq \"none\"", null, null, 0, 10).items()));
    }

    /**
     * RFC 9865 cursor pages are keyset pages (issue 20): walked page after page from the positions the store hands
     * back, they list exactly what the offset listing lists, in the same order (every sort key, both directions,
     * missing externalIds, ties by creation), whatever the page size and the filter.
     */
    @Test
    void keysetPagesListWhatTheOffsetListingLists() {
        inserted("Support", "x", bob);
        inserted("Another Without Id", null, alice);
        List<GroupSort> sorts = new ArrayList<>();
        sorts.add(null);
        for (String order : List.of("ascending", "descending")) {
            for (String key : List.of("displayName", "externalId", "id", "meta.created", "meta.lastModified")) {
                sorts.add(GroupSort.of(key, order));
            }
        }
        for (String filter : List.of("displayName pr", "displayName ne \"Sales\"")) {
            GroupCondition condition = GroupFilterResolver.resolve(FilterParser.parse(filter));
            for (GroupSort sort : sorts) {
                Page<Group> offset = groups().search(connection.id(), condition, sort, 0, 100);
                for (int size : List.of(1, 2, 100)) {
                    List<Group> walked = new ArrayList<>();
                    PagePosition after = null;
                    int pages = 0;
                    do {
                        PagePosition.Page<Group> page = groups().searchAfter(connection.id(), condition, sort, after,
                                size);
                        assertEquals(offset.total(), page.total(), "total, " + sort);
                        walked.addAll(page.items());
                        after = page.next();
                        assertTrue(++pages <= offset.items().size() + 1, "the walk ends");
                    } while (after != null);
                    assertEquals(offset.items().stream().map(Group::id).toList(),
                            walked.stream().map(Group::id).toList(), "pages of " + size + ", " + sort + ", " + filter);
                }
                // A startIndex page that no position leads to: read with an offset, and still telling where it ends.
                for (int skip = 0; skip <= offset.items().size(); skip++) {
                    PagePosition.Page<Group> page = groups().searchAfter(connection.id(), condition, sort, null, skip,
                            2);
                    assertEquals(offset.items().subList(skip, Math.min(skip + 2, offset.items().size())),
                            page.items(), "skip " + skip + ", " + sort);
                    if (skip + 2 < offset.items().size()) {
                        assertEquals(offset.items().get(skip + 2), groups().searchAfter(connection.id(), condition,
                                sort, page.next(), 1).items().getFirst(), "the position it hands back, " + sort);
                    }
                }
            }
        }
    }
}

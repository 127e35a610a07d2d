package dev.inboundscim.domain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.group.GroupCondition.AnyOf;
import dev.inboundscim.domain.group.GroupCondition.FieldPresent;
import dev.inboundscim.domain.group.GroupCondition.GroupField;
import dev.inboundscim.domain.group.GroupCondition.HasMember;
import dev.inboundscim.domain.group.GroupCondition.HasMembers;
import dev.inboundscim.domain.group.GroupCondition.MatchAll;
import dev.inboundscim.domain.group.GroupCondition.MatchNone;
import dev.inboundscim.domain.group.GroupCondition.Negation;
import dev.inboundscim.domain.group.GroupCondition.TextComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.Timestamp;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupFilterResolverTest {

    private static GroupCondition resolve(String filter) {
        return GroupFilterResolver.resolve(FilterParser.parse(filter));
    }

    @Test
    void displayNameComparesByCanonicalText() {
        assertEquals(new TextComparison(GroupField.DISPLAY_NAME, CompareOperator.EQ, "sales team"),
                resolve("DisplayName EQ \"Ｓales TEAM\""));
        assertEquals(new TextComparison(GroupField.DISPLAY_NAME, CompareOperator.SW, "sa"),
                resolve("urn:ietf:params:scim:schemas:core:2.0:Group:displayName sw \"SA\""));
        assertEquals(new Negation(new TextComparison(GroupField.DISPLAY_NAME, CompareOperator.EQ, "x")),
                resolve("displayName ne \"X\""));
    }

    @Test
    void externalIdAndIdCompareAsWritten() {
        assertEquals(new TextComparison(GroupField.EXTERNAL_ID, CompareOperator.EQ, "Ext-1"),
                resolve("externalId eq \"Ext-1\""));
        assertEquals(new TextComparison(GroupField.ID, CompareOperator.EQ, "grp_X"), resolve("id eq \"grp_X\""));
        assertEquals(new FieldPresent(GroupField.EXTERNAL_ID), resolve("externalId pr"));
        assertEquals(new Negation(new FieldPresent(GroupField.EXTERNAL_ID)), resolve("externalId eq null"));
        assertEquals(new MatchAll(), resolve("displayName pr"));
        assertEquals(new MatchNone(), resolve("externalId eq 42"));
    }

    @Test
    void membersByValue() {
        HasMember alice = new HasMember(new UserId("okta|acme|alice"));
        assertEquals(alice, resolve("members[value eq \"okta|acme|alice\"]"));
        assertEquals(alice, resolve("members.value eq \"okta|acme|alice\""));
        assertEquals(new AnyOf(List.of(alice, new HasMember(new UserId("b")))),
                resolve("members[value eq \"okta|acme|alice\" or value eq \"b\"]"));
        assertEquals(new HasMembers(), resolve("members pr"));
        assertEquals(new HasMembers(), resolve("members[value pr]"));
        assertEquals(new MatchNone(), resolve("members[value eq \"\"]"));
    }

    @Test
    void metaComparesInstants() {
        assertEquals(new GroupCondition.TimestampComparison(Timestamp.CREATED, CompareOperator.GT,
                Instant.parse("2026-01-01T00:00:00Z")), resolve("meta.created gt \"2026-01-01T00:00:00Z\""));
        assertEquals(new MatchAll(), resolve("meta.resourceType eq \"Group\""));
        assertEquals(new MatchNone(), resolve("meta.resourceType eq \"User\""));
    }

    @Test
    void refusesAttributesGroupsDoNotHave() {
        for (String filter : List.of("userName eq \"x\"", "members[display eq \"x\"]", "members.display eq \"x\"",
                "members[value co \"x\"]", "displayName.sub eq \"x\"", "displayName[value eq \"x\"]",
                "urn:ietf:params:scim:schemas:core:2.0:User:displayName eq \"x\"")) {
            BadRequestException failure = assertThrows(BadRequestException.class, () -> resolve(filter), filter);
            assertEquals(ScimType.INVALID_FILTER, failure.scimType().orElseThrow(), filter);
        }
    }
}

package dev.inboundscim.domain.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Declared User schema extensions (SPEC §10): what a declaration means, and how the schema set resolves it. */
class SchemaExtensionsTest {

    private static final String URN = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";

    private static ScimValue json(String text) {
        return JsonText.parse(text).orElseThrow();
    }

    private static List<ResourceSchema> acme() {
        return SchemaExtensions.parse(json("""
                [{"id":"%s","attributes":[{"name":"costCode"},{"name":"level","type":"integer","required":true},
                  {"name":"badge","type":"complex","subAttributes":[{"name":"number","caseExact":true}]}]}]"""
                .formatted(URN)));
    }

    @Test
    void aDeclarationTakesRfc7643DefaultsAndReadsBackAsWritten() {
        List<ResourceSchema> schemas = acme();
        ResourceSchema acme = schemas.getFirst();
        assertEquals("User", acme.name(), "the name defaults to the URN's last segment");
        AttributeDefinition costCode = acme.attribute("COSTCODE").orElseThrow();
        assertEquals(AttributeType.STRING, costCode.type());
        assertEquals(Mutability.READ_WRITE, costCode.mutability());
        assertEquals("default", costCode.returned());
        assertEquals("none", costCode.uniqueness());
        assertTrue(acme.attribute("level").orElseThrow().required());
        assertTrue(acme.attribute("badge").orElseThrow().subAttribute("number").orElseThrow().caseExact());
        assertEquals(schemas, SchemaExtensions.parse(SchemaExtensions.describe(schemas)),
                "stores keep the description");
        assertEquals(List.of(), SchemaExtensions.parse(ScimNull.INSTANCE));
        assertEquals(List.of(), SchemaExtensions.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"id\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\","
                    + "\"attributes\":[{\"name\":\"a\"}]}]",
            "[{\"id\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:x\","
                    + "\"attributes\":[{\"name\":\"a\"}]}]",
            "[{\"id\":\"urn:a:b\",\"attributes\":[{\"name\":\"a\"}]},"
                    + "{\"id\":\"urn:a:c\",\"attributes\":[{\"name\":\"A\"}]}]",
            "[{\"id\":\"urn:a:b\",\"attributes\":[{\"name\":\"a\"}]},"
                    + "{\"id\":\"URN:A:B\",\"attributes\":[{\"name\":\"b\"}]}]",
            "[{\"id\":\"urn:a:b\",\"attributes\":[]}]",
            "[{\"id\":\"urn:a:b\",\"attributes\":[{\"name\":\"a\",\"type\":\"binary\"}]}]",
            "[{\"id\":\"urn:a:b\",\"attributes\":[{\"name\":\"a\",\"required\":\"yes\"}]}]",
            "[{\"id\":\"urn:a:b\",\"attributes\":[{\"name\":\"a\",\"subAttributes\":[{\"name\":\"b\"}]}]}]",
            "[{\"id\":\"urn:a:b c\",\"attributes\":[{\"name\":\"a\"}]}]",
            "[{\"id\":\"urn:a:b\",\"attributes\":[{\"name\":\"schemas\"}]}]"})
    void refusesWhatCannotBeResolvedUnambiguously(String declaration) {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> SchemaExtensions.parse(json(declaration)));
        assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow(), error.detail());
    }

    @Test
    void theSchemaSetResolvesDeclaredAttributesInEitherPathForm() {
        UserSchemaSet schemas = new UserSchemaSet(acme());
        // The grammar cannot tell where an unknown URN ends before ".": the set splits it at the declared URN.
        AttributePath dotted = FilterParser.parseAttributePath(URN + ".costCode");
        assertEquals(new AttributePath(URN, "costCode", null), schemas.canonical(dotted));
        assertEquals(URN, schemas.schemaOf(dotted).orElseThrow().id());
        assertEquals(URN, schemas.resolve(FilterParser.parseAttributePath(URN + ":badge.number")).orElseThrow()
                .extensionUrn());
        assertEquals(URN, schemas.schemaOf(AttributePath.of("level")).orElseThrow().id(), "unqualified");
        assertEquals(SchemaUrns.ENTERPRISE_USER, schemas.schemaOf(AttributePath.of("department")).orElseThrow().id());
        assertEquals(SchemaUrns.CORE_USER, schemas.schemaOf(AttributePath.of("userName")).orElseThrow().id());
        assertEquals(URN, schemas.extension(URN.toUpperCase(Locale.ROOT)).orElseThrow());
        assertTrue(UserSchemaSet.STANDARD.schemaOf(dotted).isEmpty(), "unknown without the declaration");
        assertTrue(schemas.attribute(FilterParser.parseAttributePath(URN + ":shoe")).isEmpty());
    }
}

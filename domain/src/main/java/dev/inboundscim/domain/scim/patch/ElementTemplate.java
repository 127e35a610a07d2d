package dev.inboundscim.domain.scim.patch;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.And;
import dev.inboundscim.domain.scim.filter.Compare;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The element an {@code add} with a value filter creates when nothing matches: Entra and Okta send
 * {@code emails[type eq "work"].value} to set a work email that does not exist yet, meaning {type: work, value}.
 */
final class ElementTemplate {

    private ElementTemplate() {
    }

    static Map<String, Object> from(Filter filter, AttributeDefinition attribute) {
        Map<String, Object> element = new LinkedHashMap<>();
        collect(filter, attribute, element);
        return element;
    }

    private static void collect(Filter filter, AttributeDefinition attribute, Map<String, Object> element) {
        switch (filter) {
            case And and -> {
                collect(and.left(), attribute, element);
                collect(and.right(), attribute, element);
            }
            case Compare compare when compare.operator() == CompareOperator.EQ
                    && compare.path().subAttribute() == null -> {
                String name = attribute.subAttribute(compare.path().attribute()).map(AttributeDefinition::name)
                        .orElse(compare.path().attribute());
                element.put(name, compare.value());
            }
            default -> throw BadRequestException.noTarget("no element of " + attribute.name()
                    + " matches the filter, and only equality filters can create one");
        }
    }
}

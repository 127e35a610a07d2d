package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ElementSelector;
import dev.inboundscim.domain.mapping.MappingPair;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finds where the profile keeps the SCIM value a filter names, through the mapping pairs of one attribute. */
final class Targets {

    private Targets() {
    }

    /** The places holding {@code attribute[.sub]}; empty when the connection does not map it. */
    static List<Target> of(AttributeMapping mapping, AttributePath path, AttributeDefinition attribute, String sub) {
        List<Target> targets = new ArrayList<>();
        for (Element element : elements(mapping, path, attribute)) {
            element.targetFor(attribute, sub).ifPresent(targets::add);
        }
        return targets;
    }

    /** The pairs of {@code attribute}, grouped into the elements they compose (one group per selector). */
    static List<Element> elements(AttributeMapping mapping, AttributePath path, AttributeDefinition attribute) {
        String schemaUrn = mapping.schemas().schemaOf(path).orElseThrow().id();
        Map<ElementSelector, List<MappingPair>> groups = new LinkedHashMap<>();
        List<Element> wholes = new ArrayList<>();
        for (MappingPair pair : mapping.pairsFor(schemaUrn, attribute.name())) {
            if (pair.scim().subAttribute() == null) {
                wholes.add(new Element(attribute, null, List.of(pair), true));
            } else {
                groups.computeIfAbsent(pair.scim().selector(), k -> new ArrayList<>()).add(pair);
            }
        }
        List<Element> elements = new ArrayList<>(wholes);
        groups.forEach((selector, pairs) -> elements.add(new Element(attribute, selector, pairs, false)));
        return elements;
    }

    static ProfilePath extend(ProfilePath path, String segment) {
        List<String> segments = new ArrayList<>(path.segments());
        segments.add(Objects.requireNonNull(segment));
        return new ProfilePath(segments);
    }
}

package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.RawMappingPair;
import java.util.List;

/** Builds a validated mapping from optional client input, filling gaps from a base mapping. */
final class MappingInput {

    private MappingInput() {
    }

    static AttributeMapping resolve(String userIdAttribute, List<RawMappingPair> pairs, AttributeMapping base) {
        if (userIdAttribute == null && pairs == null) {
            return base;
        }
        String userId = userIdAttribute != null ? userIdAttribute : base.userIdAttribute().toString();
        return AttributeMapping.of(userId, pairs != null ? pairs : base.raw());
    }

    static AttributeMapping defaults(Strategy strategy) {
        return DefaultMappings.forStrategy(strategy);
    }
}

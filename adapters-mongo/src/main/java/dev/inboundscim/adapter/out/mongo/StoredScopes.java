package dev.inboundscim.adapter.out.mongo;

import dev.inboundscim.domain.token.Scope;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** Scopes as every credential document keeps them: a {@code scopes} array of wire names, in declared order. */
final class StoredScopes {

    static final String FIELD = "scopes";

    private StoredScopes() {
    }

    static List<String> names(Set<Scope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(Scope::wireName).toList();
    }

    static Set<Scope> of(Document document) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : document.getList(FIELD, String.class)) {
            scopes.add(Scope.fromWireName(name).orElseThrow(() -> new IllegalStateException("Unknown stored scope")));
        }
        return scopes;
    }
}

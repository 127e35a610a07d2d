package dev.inboundscim.application.service;

import dev.inboundscim.application.port.out.SettingsChanges;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Settings read from the store, reused while the store observes settings changes and none happened since they were
 * read ({@link SettingsChanges}); otherwise every use reads the store. Assembled in bootstrap around a store read, so
 * neither the domain nor the adapters hold cached state.
 */
public final class ObservedCache<K, V> {

    /** A bound on what stale keys can hold: caches of per-connection settings clear once past it. */
    private static final int MAX_KEYS = 10_000;

    private final SettingsChanges changes;
    private final Function<K, V> read;
    private final Map<K, Versioned<V>> values = new ConcurrentHashMap<>();

    public ObservedCache(SettingsChanges changes, Function<K, V> read) {
        this.changes = changes;
        this.read = read;
    }

    public V get(K key) {
        if (!changes.live()) {
            return read.apply(key);
        }
        long version = changes.version();
        Versioned<V> known = values.get(key);
        if (known != null && known.version() == version) {
            return known.value();
        }
        V value = read.apply(key);
        // Kept only if nothing changed while it was read: the version read first still holds.
        if (changes.live() && changes.version() == version) {
            if (values.size() > MAX_KEYS) {
                values.clear();
            }
            values.put(key, new Versioned<>(version, value));
        }
        return value;
    }

    private record Versioned<V>(long version, V value) {
    }
}

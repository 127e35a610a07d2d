package dev.inboundscim.bootstrap;

import java.util.HashMap;
import java.util.Map;

/**
 * Lends {@link NodeProcesses} to the suite classes of this JVM: one set per store, settings and count, started when
 * first asked for and lent again while the classes that follow ask for the same. Idle nodes still serve the store's
 * background work (log and event streams, logout notices) as nodes of the address they were started with, so a set
 * no class holds is stopped as soon as a class starts that does not use it ({@link #stopIdle()}, called by
 * {@link RunningServerTest} and, for every other class, by {@link IdleNodesListener}).
 */
final class SharedNodes {

    private static final Map<Key, Lent> LENT = new HashMap<>();

    private SharedNodes() {
    }

    private record Key(String store, Map<String, String> settings, int count) {
    }

    /** A set of nodes and how many classes hold it. */
    private static final class Lent {
        final NodeProcesses nodes;
        int holders;

        Lent(NodeProcesses nodes) {
            this.nodes = nodes;
        }
    }

    /** The nodes for this store, settings and count, started unless idle ones exist; give them back after. */
    static synchronized NodeProcesses borrow(String store, Map<String, String> settings, int count) {
        Key key = new Key(store, Map.copyOf(settings), count);
        stopIdleExcept(key);
        Lent lent = LENT.computeIfAbsent(key, k -> new Lent(NodeProcesses.start(store, settings, count)));
        lent.holders++;
        return lent.nodes;
    }

    /** The class that borrowed {@code nodes} is done with them. */
    static synchronized void giveBack(NodeProcesses nodes) {
        LENT.values().stream().filter(lent -> lent.nodes == nodes).forEach(lent -> lent.holders--);
    }

    /** Stops every set no class holds. */
    static synchronized void stopIdle() {
        stopIdleExcept(null);
    }

    private static void stopIdleExcept(Key kept) {
        LENT.entrySet().removeIf(entry -> {
            boolean stop = entry.getValue().holders == 0 && !entry.getKey().equals(kept);
            if (stop) {
                entry.getValue().nodes.stop();
            }
            return stop;
        });
    }
}

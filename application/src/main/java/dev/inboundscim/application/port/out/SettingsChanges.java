package dev.inboundscim.application.port.out;

/**
 * Tells whether settings read from the store may be reused: what authentication reads (tokens, connections, SCIM
 * configurations), the log streams that route entries, and which organizations assign a connection's users.
 * {@link #version} moves whenever any of them changes, in any server process on the store, and {@link #live} says
 * whether such changes are being observed right now. A store that cannot observe them is never live, and every
 * use reads the store.
 */
public interface SettingsChanges {

    /** Never live: nothing read may be reused. */
    SettingsChanges NONE = new SettingsChanges() {
        @Override
        public long version() {
            return 0;
        }

        @Override
        public boolean live() {
            return false;
        }
    };

    /** A number that moves on every change (and whenever observation was interrupted). */
    long version();

    /** Whether changes are observed now; while false, nothing read earlier may be reused. */
    boolean live();
}

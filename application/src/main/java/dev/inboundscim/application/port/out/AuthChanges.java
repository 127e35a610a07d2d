package dev.inboundscim.application.port.out;

/**
 * Tells authentication whether what it read about a token, its connection and its configuration may be reused:
 * {@link #version} moves whenever any of them changes, in any server process on the store, and {@link #live} says
 * whether such changes are being observed right now. A store that cannot observe them is never live, and every
 * request reads the store.
 */
public interface AuthChanges {

    /** Never live: nothing read may be reused. */
    AuthChanges NONE = new AuthChanges() {
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

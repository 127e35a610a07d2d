package dev.inboundscim.application.port.out;

/** One persistence adapter over one database: its repositories, and how to reach, observe and release it. */
public interface Store extends AutoCloseable {

    Repositories repositories();

    /** How this store tells its processes that settings changed ({@link SettingsChanges#NONE} if it cannot). */
    SettingsChanges settingsChanges();

    /** Asks the database for a trivial answer; throws whatever reaching it throws. */
    void ping();

    /**
     * Whether {@code failure}, thrown by one of this store's operations, means the database could not be reached or
     * did not answer (a refused or broken connection, a timeout, a server shutting down), as opposed to a refusal
     * of the operation itself.
     */
    boolean isUnavailable(Throwable failure);

    /** The connection pool's use now; cheap, and answered from memory without asking the database. */
    PoolUsage poolUsage();

    @Override
    void close();
}

package dev.inboundscim.application.port.out;

/**
 * How a store's connection pool is used right now ({@code store_pool_connections}, SPEC §7.3).
 *
 * @param active  connections lent to a call
 * @param idle    open connections waiting in the pool
 * @param pending calls waiting for a connection
 */
public record PoolUsage(int active, int idle, int pending) {
}

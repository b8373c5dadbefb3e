package io.annalist.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Tells a read that memory is about to run out, while there is still room to say so. A file
 * too large for the heap does not fail at once: Java first spends minutes collecting garbage
 * that frees almost nothing. When the heap's longest-lived pool is still nearly full after a
 * collection, the read stops and the analyst is told, as if it had run out. Thread-safe.
 */
final class MemoryGuard {
    /** The share of a pool that may stay in use after a collection before a read is stopped. */
    static final double LIMIT = 0.92;
    private static final long CHECK_EVERY_NANOS = 50_000_000L;
    private static volatile long lastCheck;
    private static volatile boolean lastAnswer;

    private MemoryGuard() {
    }

    /** True when a heap pool is still above {@link #LIMIT} of its maximum after its last collection. */
    static boolean nearlyFull() {
        long now = System.nanoTime();
        if (now - lastCheck < CHECK_EVERY_NANOS) {
            return lastAnswer;
        }
        lastCheck = now;
        boolean full = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isCollectionUsageThresholdSupported()) {
                continue;
            }
            MemoryUsage afterCollection = pool.getCollectionUsage();
            long max = pool.getUsage().getMax();
            if (afterCollection != null && max > 0 && afterCollection.getUsed() > LIMIT * max) {
                full = true;
            }
        }
        lastAnswer = full;
        return full;
    }
}

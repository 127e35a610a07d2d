package dev.inboundscim.adapter.out.postgres;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Finds and stops the PostgreSQL processes a crashed server left running on a data directory. PostgreSQL runs
 * detached from the JVM, so a {@code kill -9} of the server leaves its postmaster (and, when the postmaster was the
 * one killed, its backends, which hold the shared memory a new postmaster needs) behind; the next start would fail.
 *
 * <p>A process belongs to the directory when it runs a {@code postgres} binary with the directory as its working
 * directory (PostgreSQL changes into its data directory), read from {@code /proc}; elsewhere the postmaster recorded
 * in {@code postmaster.pid} is all that is found. The postmaster gets a fast shutdown (its data is checkpointed);
 * what still runs after a grace period is killed.
 */
final class LeftoverPostgres {

    private static final Logger LOG = System.getLogger(LeftoverPostgres.class.getName());
    /** The lock file zonky holds while a server uses the directory. */
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);

    private LeftoverPostgres() {
    }

    /** The postmaster's process id as its {@code postmaster.pid} records it; empty when there is none. */
    static OptionalLong recordedPid(Path directory) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Stops whatever PostgreSQL still runs on {@code directory}; throws {@link IllegalStateException} when a live
     * server (another process) is using the directory, whose database must not be touched.
     */
    static void stop(Path directory) {
        requireUnused(directory);
        List<ProcessHandle> leftovers = processesOf(directory);
        if (leftovers.isEmpty()) {
            removeStaleLock(directory);
            return;
        }
        LOG.log(Level.WARNING, leftovers.size() + " PostgreSQL process(es) left running on " + directory
                + " by a server that did not shut down; stopping them");
        OptionalLong postmaster = recordedPid(directory);
        if (postmaster.isPresent()) {
            ProcessHandle.of(postmaster.getAsLong()).filter(ProcessHandle::isAlive)
                    .ifPresent(LeftoverPostgres::fastShutdown);
        }
        if (!awaitExit(leftovers, SHUTDOWN_GRACE)) {
            leftovers.forEach(ProcessHandle::destroyForcibly);
            if (!awaitExit(leftovers, KILL_GRACE)) {
                throw new IllegalStateException("PostgreSQL processes on " + directory + " do not stop");
            }
        }
        removeStaleLock(directory);
    }

    /** Whether {@code pid} runs: a process that exited but was not reaped yet (a zombie) does not. */
    static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(LeftoverPostgres::isRunning).orElse(false);
    }

    private static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            // /proc/<pid>/stat: "pid (name) state …"; the name may hold spaces and parentheses.
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int nameEnd = stat.lastIndexOf(')');
            return nameEnd < 0 || nameEnd + 2 >= stat.length() || stat.charAt(nameEnd + 2) != 'Z';
        } catch (IOException | SecurityException e) {
            return !Files.isDirectory(Path.of("/proc"));
        }
    }

    /**
     * Removes a {@code postmaster.pid} that no running process of the directory stands behind. PostgreSQL itself
     * only asks whether the recorded process id exists: a killed postmaster not yet reaped by its parent (a zombie,
     * as happens where the container's first process reaps late or never), or an unrelated process that got the
     * id since, would make it refuse to start.
     */
    private static void removeStaleLock(Path directory) {
        OptionalLong recorded = recordedPid(directory);
        if (recorded.isPresent() && Files.isDirectory(Path.of("/proc")) && processesOf(directory).isEmpty()) {
            if (isRunning(recorded.getAsLong())) {
                LOG.log(Level.WARNING, "postmaster.pid of " + directory + " names process " + recorded.getAsLong()
                        + ", which is not a PostgreSQL of this directory; removing the stale file");
            }
            deleteQuietly(directory.resolve("postmaster.pid"));
        }
    }

    /**
     * A live server holds zonky's lock on the directory; a crashed one released it with its death. A lock this JVM
     * itself still holds (an embedded PostgreSQL whose start failed) is dropped with its file.
     */
    private static void requireUnused(Path directory) {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The data directory " + directory
                        + " is in use by another running server");
            }
        } catch (OverlappingFileLockException e) {
            deleteQuietly(lockFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot check the lock of " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Processes running a {@code postgres} binary in {@code directory}, or its recorded postmaster. */
    private static List<ProcessHandle> processesOf(Path directory) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return recordedPid(directory).stream().boxed().flatMap(pid -> ProcessHandle.of(pid).stream())
                    .filter(ProcessHandle::isAlive).toList();
        }
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> runsPostgresIn(proc.resolve(Long.toString(process.pid())), directory))
                .toList();
    }

    private static boolean runsPostgresIn(Path process, Path directory) {
        try {
            Path executable = Files.readSymbolicLink(process.resolve("exe"));
            return executable.getFileName().toString().equals("postgres")
                    && Files.readSymbolicLink(process.resolve("cwd")).equals(directory);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // Gone, or not ours to inspect: not a process of this directory.
            return false;
        }
    }

    /** SIGINT through the installation's own {@code pg_ctl kill}; SIGTERM (a smart shutdown) without it. */
    private static void fastShutdown(ProcessHandle postmaster) {
        Path pgCtl = postmaster.info().command().map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable).orElse(null);
        if (pgCtl == null) {
            postmaster.destroy();
            return;
        }
        try {
            Process kill = new ProcessBuilder(pgCtl.toString(), "kill", "INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                postmaster.destroy();
            }
        } catch (IOException e) {
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration grace) {
        long end = System.nanoTime() + grace.toNanos();
        while (processes.stream().anyMatch(LeftoverPostgres::isRunning)) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // zonky's own lock attempt will say what is wrong.
        }
    }
}

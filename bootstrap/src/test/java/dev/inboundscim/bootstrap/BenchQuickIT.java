package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark harness in its {@code --quick} mode on the packaged jar (issue 7: the harness must keep
 * working). It asserts nothing about speed: only that every scenario ran, answered without errors and printed its
 * row. Needs {@code wrk}, which the harness installs from Debian packages; where that is impossible, the test says
 * so and is reported as skipped.
 */
class BenchQuickIT {

    private static final List<String> SCENARIOS = List.of("service_provider_config", "get_by_id", "filter_username",
            "filter_externalid", "list_page", "import_loop", "post_user", "patch_user", "put_user",
            "group: PATCH add", "add + remove one member", "GET excludedAttributes=members", "full GET");

    @Test
    void theQuickBenchmarkRunsEveryScenarioWithoutErrors() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        Assumptions.assumeTrue(wrkAvailable(root), "wrk is not installed and could not be installed "
                + "(apt-get install wrk): the benchmark harness cannot run here");
        Process bench = new ProcessBuilder("bash", "bench/run", "--quick").directory(root.toFile())
                .redirectErrorStream(true).start();
        String output = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bench.waitFor(10, TimeUnit.MINUTES), "bench/run --quick did not finish");
        assertEquals(0, bench.exitValue(), output);
        // The errors column is found by its header, so columns added to the table do not move the check.
        List<String> header = output.lines().filter(l -> l.startsWith("| scenario |")).findFirst()
                .map(l -> Arrays.stream(l.split("\\|")).map(String::trim).toList())
                .orElseThrow(() -> new AssertionError("no table header:\n" + output));
        int errors = header.indexOf("errors");
        assertTrue(errors > 0, "no errors column in " + header);
        for (String scenario : SCENARIOS) {
            String row = output.lines().filter(l -> l.startsWith("| ") && l.contains(scenario)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + scenario + ":\n" + output));
            String[] cells = row.split("\\|");
            assertEquals("0", cells[errors].trim(), "errors in " + row);
        }
    }

    /** Whether wrk is there, installing it the way the harness does when it is not. */
    private static boolean wrkAvailable(Path root) throws IOException, InterruptedException {
        if (run(root, "command -v wrk")) {
            return true;
        }
        System.out.println("BenchQuickIT: wrk is missing, trying apt-get install wrk");
        return run(root, "(apt-get install -y wrk || (apt-get update && apt-get install -y wrk)) >/dev/null 2>&1")
                && run(root, "command -v wrk");
    }

    private static boolean run(Path root, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("bench", ".log").toFile()).start();
        return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
    }
}

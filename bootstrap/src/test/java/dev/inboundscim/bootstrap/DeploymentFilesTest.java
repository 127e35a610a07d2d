package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * SPEC §7.5: the Dockerfile, the Compose files, the systemd unit and the Kubernetes manifests stay consistent with
 * the server: every environment variable they set for it is a setting it reads, every probe and health check points
 * at an endpoint a running server answers 200, and every stop waits longer than the drain. No Docker engine runs on
 * these machines; what is checked here is what can be checked by reading the files (docs/operations.md).
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    /** Read by the launcher rather than the server. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("JAVA_OPTS");

    @Test
    void everyVariableTheFilesSetIsASettingTheServerReads() throws IOException {
        Set<String> settings = new TreeSet<>(LAUNCHER_VARIABLES);
        ServerSettings.load(Config.empty(), variable -> {
            settings.add(variable);
            return null;
        });
        Map<String, Set<String>> set = Map.of(
                "Dockerfile", dockerfileVariables(),
                "compose/postgres.yaml", composeVariables("postgres.yaml"),
                "compose/mongo.yaml", composeVariables("mongo.yaml"),
                "systemd", systemdVariables(),
                "kubernetes", kubernetesVariables());
        set.forEach((file, variables) -> {
            assertFalse(variables.isEmpty(), file + " sets variables");
            List<String> unknown = variables.stream().filter(v -> !settings.contains(v)).toList();
            assertEquals(List.of(), unknown, file + " sets variables the server does not read");
        });
    }

    @Test
    void probesAndHealthChecksPointAtEndpointsThatAnswer() throws IOException {
        List<String> paths = new ArrayList<>();
        Matcher healthcheck = Pattern.compile("http://localhost:8080(/\\S+)").matcher(read("Dockerfile"));
        assertTrue(healthcheck.find(), "the Dockerfile has a HEALTHCHECK");
        paths.add(healthcheck.group(1));
        for (Map<String, Object> container : kubernetesContainers()) {
            paths.add(probePath(container, "readinessProbe"));
            paths.add(probePath(container, "livenessProbe"));
        }
        assertTrue(paths.contains("/observe/health/ready") && paths.contains("/observe/health/live"), paths::toString);
        try (TestServer server = TestServer.start(TestServer.postgres(), Map.of())) {
            HttpClientSupport http = server.client();
            for (String path : paths) {
                assertEquals(200, http.get(path, null).status(), path);
            }
        }
    }

    @Test
    void everyStopWaitsLongerThanTheDrain() throws IOException {
        int drain = Integer.parseInt(kubernetesEnv().getOrDefault("SHUTDOWN_GRACE_SECONDS", "20"));
        Map<String, Object> pod = podSpec();
        assertTrue(((Number) pod.get("terminationGracePeriodSeconds")).intValue() > drain, "kubernetes grace");
        String unit = read("deploy/systemd/inbound-scim-server.service");
        Matcher timeout = Pattern.compile("(?m)^TimeoutStopSec=(\\d+)$").matcher(unit);
        assertTrue(timeout.find() && Integer.parseInt(timeout.group(1)) > drain, "systemd TimeoutStopSec");
        assertTrue(unit.contains("ExecStart=/opt/inbound-scim-server/bin/inbound-scim-server"), "the launcher");
        assertTrue(unit.contains("KillSignal=SIGTERM") && unit.contains("SuccessExitStatus=143"), unit);
        for (String compose : List.of("postgres.yaml", "mongo.yaml")) {
            String grace = String.valueOf(service(compose).get("stop_grace_period"));
            assertTrue(Integer.parseInt(grace.replace("s", "")) > drain, compose + " stop_grace_period");
        }
        String dockerfile = read("Dockerfile");
        assertTrue(dockerfile.contains("USER scim") && dockerfile.contains("VOLUME /data")
                && dockerfile.contains("EXPOSE 8080") && dockerfile.contains("-linux-x64.tar.gz"), dockerfile);
    }

    private static Set<String> dockerfileVariables() throws IOException {
        Set<String> variables = new TreeSet<>();
        String dockerfile = read("Dockerfile").replace("\\\n", " ");
        Matcher env = Pattern.compile("(?m)^ENV (.+)$").matcher(dockerfile);
        while (env.find()) {
            Matcher pair = Pattern.compile("([A-Z_][A-Z0-9_]*)=").matcher(env.group(1));
            while (pair.find()) {
                variables.add(pair.group(1));
            }
        }
        return variables;
    }

    private static Set<String> composeVariables(String file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service(file).get("environment");
        return new TreeSet<>(environment.keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String file) throws IOException {
        Map<String, Object> compose = new Yaml().load(read("deploy/compose/" + file));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("scim");
    }

    private static Set<String> systemdVariables() throws IOException {
        Set<String> variables = new TreeSet<>();
        Matcher environment = Pattern.compile("(?m)^Environment=([A-Z_][A-Z0-9_]*)=")
                .matcher(read("deploy/systemd/inbound-scim-server.service"));
        while (environment.find()) {
            variables.add(environment.group(1));
        }
        return variables;
    }

    private static Set<String> kubernetesVariables() throws IOException {
        return new TreeSet<>(kubernetesEnv().keySet());
    }

    /** The server container's variables; a value from a secret counts with an empty value. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> kubernetesEnv() throws IOException {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (Map<String, Object> container : kubernetesContainers()) {
            for (Map<String, Object> variable : (List<Map<String, Object>>) container.get("env")) {
                env.put((String) variable.get("name"), String.valueOf(variable.getOrDefault("value", "")));
            }
        }
        return env;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kubernetesContainers() throws IOException {
        return (List<Map<String, Object>>) podSpec().get("containers");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> podSpec() throws IOException {
        for (Object document : new Yaml().loadAll(read("deploy/kubernetes/inbound-scim-server.yaml"))) {
            Map<String, Object> manifest = (Map<String, Object>) document;
            if ("Deployment".equals(manifest.get("kind"))) {
                Map<String, Object> spec = (Map<String, Object>) manifest.get("spec");
                return (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
            }
        }
        throw new AssertionError("no Deployment in the Kubernetes manifests");
    }

    @SuppressWarnings("unchecked")
    private static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> httpGet = (Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet");
        return (String) httpGet.get("path");
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }
}

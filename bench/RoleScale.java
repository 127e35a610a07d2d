import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Effective roles at scale (issue 21, SPEC §12), over the real APIs on already-seeded users: a connection with
 * GROUPS groups, each holding a role, and one group of MEMBERS of the seeded users that holds a role too; the
 * measured user is a member of the big group and of MINE of the small ones. Then GET /api/v2/users/{id}/roles,
 * sequentially, SAMPLES times. Prints rows of the bench table.
 * Usage: java RoleScale.java base admin-token connection-id scim-token ids-file groups members
 */
public class RoleScale {

    private static final int CHUNK = 10_000;
    private static final int SAMPLES = 500;
    private static final int MINE = 20;
    private static final int PARALLEL = 32;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        String scim = base + "/scim/v2/connections/" + args[2];
        String token = args[3];
        List<String> ids = Files.readAllLines(Path.of(args[4])).stream().map(id -> id.replace("%7C", "|")).toList();
        int groups = Integer.parseInt(args[5]);
        int members = Math.min(Integer.parseInt(args[6]), ids.size());
        String target = ids.get(0);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String tag = Long.toString(System.nanoTime(), 36);

        String role = id(send(client, "POST", base + "/api/v2/roles", admin, "{\"name\":\"scale-" + tag + "\"}"));
        String bigRole = id(send(client, "POST", base + "/api/v2/roles", admin, "{\"name\":\"everyone-" + tag
                + "\"}"));
        long start = System.nanoTime();
        List<String> small = parallel(groups, i -> {
            String members1 = i < MINE ? "[{\"value\":\"" + target + "\"}]" : "[]";
            String group = id(send(client, "POST", scim + "/Groups", token, "{\"displayName\":\"g-" + tag + "-" + i
                    + "\",\"members\":" + members1 + "}"));
            send(client, "POST", base + "/api/v2/groups/" + group + "/roles", admin, "{\"roles\":[\"" + role
                    + "\"]}");
            return group;
        });
        double groupSeconds = (System.nanoTime() - start) / 1e9;

        String big = id(send(client, "POST", scim + "/Groups", token, "{\"displayName\":\"everyone-" + tag
                + "\",\"members\":[]}"));
        for (int from = 0; from < members; from += CHUNK) {
            StringBuilder value = new StringBuilder("[");
            for (String member : ids.subList(from, Math.min(members, from + CHUNK))) {
                value.append(value.length() == 1 ? "" : ",").append("{\"value\":\"").append(member).append("\"}");
            }
            send(client, "PATCH", scim + "/Groups/" + big + "?excludedAttributes=members", token,
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
                            + "\"add\",\"path\":\"members\",\"value\":" + value + "]}]}");
        }
        send(client, "POST", base + "/api/v2/groups/" + big + "/roles", admin, "{\"roles\":[\"" + bigRole + "\"]}");

        String url = base + "/api/v2/users/" + target.replace("|", "%7C") + "/roles";
        String answer = send(client, "GET", url, admin, null).body();
        int sources = answer.split("\"group:").length - 1;
        if (sources != MINE + 1) {
            throw new IllegalStateException("expected " + (MINE + 1) + " group sources, got " + answer);
        }
        // Unmeasured first, as the wrk scenarios warm up: the table shows steady state, not the JIT's warm-up.
        for (int i = 0; i < SAMPLES; i++) {
            send(client, "GET", url, admin, null);
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t = System.nanoTime();
            send(client, "GET", url, admin, null);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("| roles: %,d groups with a role each, created and assigned | %d | | %.1f s | | 0 |%n",
                small.size(), PARALLEL, groupSeconds);
        System.out.printf("| roles: GET users/{id}/roles (%d groups of the user, one of %,d members; %,d groups) "
                + "| 1 | | %.1f ms | %.1f ms | 0 |%n", MINE + 1, members, groups + 1, millis[SAMPLES / 2],
                millis[SAMPLES * 99 / 100]);
    }

    interface Task {
        String run(int index);
    }

    /** {@code count} tasks, {@link #PARALLEL} at a time on virtual threads; their results in order. */
    private static List<String> parallel(int count, Task task) throws Exception {
        Semaphore slots = new Semaphore(PARALLEL);
        List<Future<String>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                slots.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        return task.run(index);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static String id(HttpResponse<String> response) {
        return response.body().replaceAll("(?s).*?\"id\":\"([A-Za-z0-9_]+)\".*", "$1");
    }

    private static HttpResponse<String> send(HttpClient client, String method, String url, String token,
                                             String body) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", url.contains("/scim/") ? "application/scim+json" : "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

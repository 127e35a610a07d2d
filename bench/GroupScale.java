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
import java.util.function.IntFunction;

/**
 * The Groups scale scenarios of issue 5, measured over the real API on already-seeded users: one group filled by
 * PATCHes of 10,000 members, then single-member adds and removes, a GET without members, and a full GET of the whole
 * group. Prints rows of the bench table. Usage: java GroupScale.java base token ids-file members
 */
public class GroupScale {

    private static final int CHUNK = 10_000;
    private static final int SAMPLES = 200;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        List<String> ids = Files.readAllLines(Path.of(args[2])).stream()
                .map(id -> id.replace("%7C", "|")).toList();
        int members = Math.min(Integer.parseInt(args[3]), ids.size() - 1);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> created = send(client, "POST", base + "/Groups", token,
                "{\"displayName\":\"Everyone " + System.nanoTime() + "\",\"members\":[]}");
        String group = base + "/Groups/" + created.body().replaceAll(".*\"id\":\"(grp_[A-Za-z0-9]+)\".*", "$1");

        List<Double> chunkSeconds = new ArrayList<>();
        for (int from = 0; from < members; from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(members, from + CHUNK));
            StringBuilder value = new StringBuilder("[");
            for (String id : chunk) {
                value.append(value.length() == 1 ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
            }
            long start = System.nanoTime();
            send(client, "PATCH", group + "?excludedAttributes=members", token,
                    patch("add", "members", value + "]"));
            chunkSeconds.add((System.nanoTime() - start) / 1e9);
        }
        String outsider = ids.get(members);
        double[] addOne = sample(i -> {
            send(client, "PATCH", group, token, patch("add", "members", "[{\"value\":\"" + outsider + "\"}]"));
            send(client, "PATCH", group, token, patch("remove", "members[value eq \\\"" + outsider + "\\\"]", null));
            return null;
        }, client, group, token);
        double[] getWithout = sample(i -> {
            send(client, "GET", group + "?excludedAttributes=members", token, null);
            return null;
        }, client, group, token);
        long start = System.nanoTime();
        HttpResponse<String> full = send(client, "GET", group, token, null);
        double fullSeconds = (System.nanoTime() - start) / 1e9;
        int returned = full.body().split("\"value\":").length - 1;

        double[] chunks = chunkSeconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("| group: PATCH add %,d members (%d requests) | 1 | | %.2f s (median) | %.2f s (max) | 0 |%n",
                CHUNK, chunks.length, chunks[chunks.length / 2], chunks[chunks.length - 1]);
        System.out.printf("| group of %,d: add + remove one member (pairs) | 1 | | %.1f ms | %.1f ms | 0 |%n",
                members, addOne[0], addOne[1]);
        System.out.printf("| group of %,d: GET excludedAttributes=members | 1 | | %.1f ms | %.1f ms | 0 |%n",
                members, getWithout[0], getWithout[1]);
        System.out.printf("| group of %,d: full GET (%,d members, %.1f MB) | 1 | | %.2f s | | %s |%n",
                members, returned, full.body().length() / 1e6, fullSeconds, returned == members ? "0" : "count!");
    }

    /** p50 and p99 in milliseconds of {@link #SAMPLES} runs of {@code action}, each timed on its own. */
    private static double[] sample(IntFunction<Void> action, HttpClient client, String group, String token) {
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            action.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[SAMPLES / 2], millis[SAMPLES * 99 / 100]};
    }

    private static String patch(String op, String path, String value) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"" + op
                + "\",\"path\":\"" + path + "\"" + (value == null ? "" : ",\"value\":" + value) + "}]}";
    }

    private static HttpResponse<String> send(HttpClient client, String method, String url, String token,
                                             String body) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/scim+json")
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

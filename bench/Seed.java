import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds N users through the real SCIM API (POST /Users, Okta's body), 32 at a time on virtual threads, and writes
 * the ids the server answered (percent-encoded), userNames and externalIds for the load scenarios. Usage: java Seed.java base token count out-dir
 */
public class Seed {
    /** The server's id of the created user, whatever its shape (ours: okta|bench|…, the peer's: a UUID). */
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String users = args[0] + "/Users";
        String token = args[1];
        int count = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(32);
        List<Future<String[]>> results = new ArrayList<>(count);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                inFlight.acquire();
                results.add(pool.submit(() -> {
                    try {
                        String userName = "user" + n + "@bench.example.com";
                        String externalId = "00u" + n;
                        String body = """
                                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                                 "externalId":"%s","name":{"givenName":"Given%d","familyName":"Family%d"},
                                 "emails":[{"primary":true,"type":"work","value":"%s"}],"active":true}"""
                                .formatted(userName, externalId, n, n, userName);
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(users))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/scim+json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("seeding failed: " + response.statusCode() + " "
                                    + response.body());
                        }
                        Matcher id = ID.matcher(response.body());
                        if (!id.find()) {
                            throw new IllegalStateException("no id in the created user: " + response.body());
                        }
                        return new String[] {id.group(1), userName, externalId};
                    } finally {
                        inFlight.release();
                    }
                }));
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        for (Future<String[]> result : results) {
            String[] user = result.get();
            ids.add(java.net.URLEncoder.encode(user[0], java.nio.charset.StandardCharsets.UTF_8));
            names.add(user[1]);
            externalIds.add(user[2]);
        }
        Files.write(out.resolve("ids.txt"), ids);
        Files.write(out.resolve("usernames.txt"), names);
        Files.write(out.resolve("externalids.txt"), externalIds);
        System.out.printf("seeded %d users in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }
}

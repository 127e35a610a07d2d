import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paging at scale (issue 20), over the real SCIM API on already-seeded users, one client, sequential, pages of 100:
 * the first and the last page by RFC 9865 cursor and by startIndex (p50/p99 after unmeasured warm-up), the whole
 * import loop by startIndex as Okta runs it (startIndex 1, 101, ... up to totalResults) and the whole walk by cursor,
 * each checked to list every user once. The last startIndex page is measured twice: as the import loop reaches it
 * (the page before it was read, so the server may remember where that one ended) and cold (an offset no page before
 * led to: a jump, or another node). Prints rows of the bench table.
 * Usage: java Paging.java scim-base token users samples walk(true|false)
 */
public class Paging {

    private static final int COUNT = 100;
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalResults\":(\\d+)");
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private static HttpClient client;
    private static String base;
    private static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        long users = Long.parseLong(args[2]);
        int samples = Integer.parseInt(args[3]);
        boolean walk = Boolean.parseBoolean(args[4]);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long lastStart = (users - 1) / COUNT * COUNT + 1;
        String users100 = "/Users?count=" + COUNT;

        String first = get(users100 + "&startIndex=1");
        long total = Long.parseLong(match(TOTAL, first));
        if (total != users) {
            throw new IllegalStateException("expected " + users + " users, the server lists " + total);
        }
        row("first page, startIndex=1", time(users100 + "&startIndex=1", samples));
        row("first page, cursor", time(users100 + "&cursor=", samples));

        if (walk) {
            importLoop(users, "first walk: the rows not yet in PostgreSQL's buffers");
            walkByCursor(users);
            importLoop(users, "second walk");
        } else {
            get(users100 + "&startIndex=" + Math.max(1, lastStart - COUNT));
        }
        // The page before was just read (by the loop, or above): the last page as the import loop reaches it.
        row("last page, startIndex=" + lastStart + " (after the page before)",
                time(users100 + "&startIndex=" + lastStart, samples));
        // Offsets no page before led to, each once (descending, so none is remembered from the one measured before).
        double[] cold = new double[Math.max(5, samples / 10)];
        for (int i = 0; i < cold.length; i++) {
            long t = System.nanoTime();
            get(users100 + "&startIndex=" + Math.max(1, lastStart - 1 - i));
            cold[i] = (System.nanoTime() - t) / 1e6;
        }
        row("last page, startIndex near " + lastStart + " (cold: no page before it read; " + cold.length
                + " samples)", cold);
        // The worst cold page: as far from both ends as a page can be (counted from the nearer one).
        long middle = users / 2 + 1;
        double[] coldMiddle = new double[cold.length];
        for (int i = 0; i < coldMiddle.length; i++) {
            long t = System.nanoTime();
            get(users100 + "&startIndex=" + Math.max(1, middle - 1 - i));
            coldMiddle[i] = (System.nanoTime() - t) / 1e6;
        }
        row("middle page, startIndex near " + middle + " (cold; " + coldMiddle.length + " samples)", coldMiddle);

        if (walk) {
            row("last page, cursor", time(users100 + "&cursor=" + lastCursor, samples));
        }
    }

    private static String lastCursor;

    /** Okta's import loop: startIndex 1, 101, ... while it is within totalResults. */
    private static void importLoop(long users, String which) {
        String users100 = "/Users?count=" + COUNT;
        long total = users;
        long start = System.nanoTime();
        Set<String> seen = new HashSet<>();
        for (long index = 1; index <= total; index += COUNT) {
            String page = get(users100 + "&startIndex=" + index);
            total = Long.parseLong(match(TOTAL, page));
            Matcher ids = ID.matcher(page);
            while (ids.find()) {
                seen.add(ids.group(1));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        check(seen.size(), users, "import loop by startIndex");
        System.out.printf("| paging: import loop by startIndex, %,d pages of %d (%s) | 1 | %.1f s "
                + "(%.1f ms/page) | | | 0 |%n", (users + COUNT - 1) / COUNT, COUNT, which, seconds,
                seconds * 1000 / ((users + COUNT - 1) / COUNT));
    }

    /** Every page by cursor; remembers the cursor of the last page. */
    private static void walkByCursor(long users) {
        String users100 = "/Users?count=" + COUNT;
        long start = System.nanoTime();
        Set<String> seen = new HashSet<>();
        String cursor = "";
        while (cursor != null) {
            lastCursor = cursor;
            String page = get(users100 + "&cursor=" + cursor);
            Matcher ids = ID.matcher(page);
            while (ids.find()) {
                seen.add(ids.group(1));
            }
            Matcher next = NEXT.matcher(page);
            cursor = next.find() ? next.group(1) : null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        check(seen.size(), users, "walk by cursor");
        System.out.printf("| paging: every page by cursor, %,d pages of %d | 1 | %.1f s (%.1f ms/page) | | | 0 |%n",
                (users + COUNT - 1) / COUNT, COUNT, seconds, seconds * 1000 / ((users + COUNT - 1) / COUNT));
    }

    private static void check(int seen, long users, String what) {
        // Each user holds one id and each group reference one more: count users by their ids, at least.
        if (seen < users) {
            throw new IllegalStateException(what + " listed " + seen + " distinct ids for " + users + " users");
        }
    }

    private static double[] time(String path, int samples) {
        for (int i = 0; i < samples; i++) {
            get(path);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            get(path);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return millis;
    }

    private static void row(String name, double[] millis) {
        Arrays.sort(millis);
        System.out.printf("| paging: %s | 1 | | %.1f ms | %.1f ms | 0 |%n", name, millis[millis.length / 2],
                millis[Math.min(millis.length - 1, millis.length * 99 / 100)]);
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body.substring(0, Math.min(500, body.length())));
        }
        return matcher.group(1);
    }

    private static String get(String path) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

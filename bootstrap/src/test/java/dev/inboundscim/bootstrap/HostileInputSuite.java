package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.2 / issue 13: hostile input never gets a 5xx. Over a thousand raw requests ({@link HostileCorpus}) each get
 * an answer below 500, every error answer carries the API's error body, and afterwards the server still works: its
 * log writer still stores entries and the log API still answers.
 */
abstract class HostileInputSuite extends RunningServerTest {

    private static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    /** What the server answered to one attack: its status (0: no answer) and body. */
    record Answer(int status, String body) {
    }

    @Test
    void noHostileRequestGetsAServerErrorOrGoesUnanswered() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", String.join(" ", "get:users", "post:users",
                "put:users", "patch:users", "delete:users", "get:groups", "post:groups", "put:groups", "patch:groups",
                "delete:groups"));
        Reply user = http.post(endpoint.path() + "/Users", endpoint.token(),
                ScimTestSupport.oktaUser("hostile@example.com", "hostile-1", "Hos", true));
        assertEquals(201, user.status(), user.body());
        Reply group = http.post(endpoint.path() + "/Groups", endpoint.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"hostile\"}");
        assertEquals(201, group.status(), group.body());
        List<HostileCorpus.Attack> corpus = HostileCorpus.against(endpoint, user.json().path("id").asText(),
                group.json().path("id").asText());
        assertTrue(corpus.size() >= 1000, "the corpus holds " + corpus.size() + " requests");

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (HostileCorpus.Attack attack : corpus) {
            Answer answer = send(attack.bytes());
            statuses.merge(answer.status(), 1, Integer::sum);
            String problem = problem(answer, endsBeforeARequestLine(attack.bytes()));
            if (problem != null) {
                failures.add(attack.name() + ": " + problem);
            }
        }
        System.out.println("Hostile corpus of " + corpus.size() + " requests, answers by status: " + statuses);
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " hostile requests");

        // The server took it all in its stride: a request now is answered, logged, and the log can be read.
        Reply after = http.get(endpoint.path() + "/Users?filter=" + ScimTestSupport.encode("userName eq \"after\""),
                endpoint.token());
        assertEquals(200, after.status(), after.body());
        Reply logs = http.get("/api/v2/logs?connection_id=" + endpoint.connectionId() + "&take=5", ADMIN);
        assertEquals(200, logs.status(), logs.body());
        assertTrue(logs.body().contains("%22after%22"), "the latest request's entry is stored: " + logs.body());
    }

    /**
     * Whether the client closed before it finished even a request line (no line feed sent): there is no request to
     * answer, and the server closes the connection like any other it got nothing from. Every other attack, however
     * broken its request line, headers or body, must be answered.
     */
    private static boolean endsBeforeARequestLine(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Why {@code answer} is not acceptable; null when it is. */
    private static String problem(Answer answer, boolean noRequestLine) {
        if (answer.status() == 0) {
            return noRequestLine ? null : "no answer";
        }
        if (answer.status() >= 500) {
            return "status " + answer.status() + " " + answer.body();
        }
        if (answer.status() >= 400 && !hasErrorBody(answer.body())) {
            return "status " + answer.status() + " without the API's error body: " + answer.body();
        }
        return null;
    }

    private static boolean hasErrorBody(String body) {
        try {
            JsonNode json = HttpClientSupport.JSON.readTree(body);
            return json != null && (json.path("schemas").path(0).asText().equals(ERROR_SCHEMA)
                    || json.has("statusCode") && json.has("message"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends {@code bytes} as written, half-closes, and reads the first answer. */
    private Answer send(byte[] bytes) {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(bytes);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server may answer and close before it read everything (a body over the limit).
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            return new Answer(0, e.toString());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | SocketException e) {
            // What arrived before the reset or the timeout is the answer.
        }
        return read.toByteArray();
    }

    private static Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        // An interim 100 Continue comes before the answer.
        while (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
            int end = text.indexOf("\r\n\r\n") + 4;
            text = text.substring(end);
            response = Arrays.copyOfRange(response, end, response.length);
        }
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return new Answer(0, text.length() > 200 ? text.substring(0, 200) : text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int bodyStart = text.indexOf("\r\n\r\n");
        String body = bodyStart < 0 ? "" : new String(response, bodyStart + 4, response.length - bodyStart - 4,
                StandardCharsets.UTF_8);
        return new Answer(status, body);
    }
}

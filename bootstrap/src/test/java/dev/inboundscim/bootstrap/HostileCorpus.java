package dev.inboundscim.bootstrap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Over a thousand hostile requests, as raw bytes: broken request lines and headers, bad framing (short bodies, bad
 * chunking), malformed escapes, JSON that is invalid, deep or of the wrong shape in every field of every body the
 * APIs take, hostile query parameters and PATCH operations, and seeded random mutations of valid requests. Every
 * request ends with a half-close, so the server always sees the end of what was sent.
 */
final class HostileCorpus {

    /** One request of the corpus: a name for the report and the bytes sent. */
    record Attack(String name, byte[] bytes) {
    }

    private static final List<String> BAD_JSON = List.of("", "{", "}", "{\"a\":}", "{\"a\":1,}", "{'a':1}",
            "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1e999999}", "{\"a\":-1e-999999}", "{/*c*/\"a\":1}",
            "\uFEFF{\"a\":1}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u00\"}", "{\"a\":\"\\x41\"}", "{\"a\" 1}", "null",
            "[]", "\"text\"", "1", "true", "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing", "{\"a\":\"\u0000\"}",
            "{\"\\u0000\":1}", "{\"a\":99999999999999999999999999999999999999}", "{\"a\":[1,2,]}", "[[[[",
            "{\"a\":\"" + "x".repeat(70_000) + "\"}");
    private static final List<String> HOSTILE_VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "1e400",
            "-1e400", "\"\"", "\"" + "y".repeat(5000) + "\"", "[]", "[null]", "[1,\"a\",{}]", "{}", "{\"x\":{}}",
            "\"\\u0000\"", "\"\\ud800\"", "\"%zz\"", "\"urn:\"", "\"[\"", "{\"value\":[[[]]]}",
            "[{\"value\":{\"value\":{}}}]");
    private static final List<String> BAD_FILTERS = List.of("", " ", "(", ")", "((((", "userName eq", "eq \"x\"",
            "userName eq \"x", "userName eq \"\\z\"", "userName zz \"x\"", "userName eq \"x\" and", "not", "not(",
            "emails[type eq \"work\"", "emails[]", "emails[type eq \"w\"].", "urn:", "urn:x:y:z eq 1",
            "userName eq 1e999", "meta.created gt \"not-a-date\"", "members[value eq \"x\"]", "a.b.c.d.e eq 1",
            "userName eq \"\u0000\"", "userName pr pr", "(userName pr) (userName pr)", "userName eq true false",
            "(".repeat(40) + "userName pr" + ")".repeat(40), "(".repeat(2000), "not(".repeat(500),
            "userName eq \"" + "z".repeat(9000) + "\"", "emails[value co \"@\" or type eq \"x\"].value pr",
            "groups.display eq \"x\"", "password eq \"x\"", "name[givenName eq \"x\"]", "id eq \"%zz\"");
    private static final List<String> BAD_NUMBERS = List.of("", "-1", "0", "abc", "1e9", "1.5", "NaN", "0x10",
            "99999999999999999999", "-99999999999999999999", "%00", "%zz", "+5", " 5");
    private static final List<String> BAD_PATCH_PATHS = List.of("", " ", ".", "[", "]", "emails[", "emails[]",
            "emails[type eq]", "emails[type eq \"work\"].", "emails[type eq \"work\"].value.x", "members[value eq",
            "members[value eq \"x\"].display", "urn:ietf:params:scim:schemas:core:2.0:User:",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value.x", "name.givenName.x",
            "a".repeat(5000), "emails[" + "(".repeat(100) + "type eq \"w\"" + ")".repeat(100) + "].value",
            "emails[type eq \"w\" and " + "not(".repeat(50) + "value pr" + ")".repeat(50) + "]", "password",
            "PASSWORD", "groups", "id", "meta.created", "schemas", "%zz");

    private final String scim;
    private final String token;
    private final String admin;
    private final String userId;
    private final String groupId;
    private final String connectionId;
    private final List<Attack> attacks = new ArrayList<>();

    private HostileCorpus(ScimEndpoint endpoint, String userId, String groupId) {
        this.scim = endpoint.path();
        this.token = endpoint.token();
        this.admin = endpoint.adminToken();
        this.connectionId = endpoint.connectionId();
        this.userId = userId;
        this.groupId = groupId;
    }

    /** The corpus for a connection with a token, one of its users and one of its groups. */
    static List<Attack> against(ScimEndpoint endpoint, String userId, String groupId) {
        HostileCorpus corpus = new HostileCorpus(endpoint, userId, groupId);
        corpus.requestLines();
        corpus.headers();
        corpus.framing();
        corpus.jsonBodies();
        corpus.fieldsOfEveryBody();
        corpus.queries();
        corpus.patchOperations();
        corpus.mutations(new Random(20261201L), Integer.getInteger("hostile.mutations", 300));
        return List.copyOf(corpus.attacks);
    }

    private void add(String name, String head, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        attacks.add(new Attack(name, bytes.toByteArray()));
    }

    private void raw(String name, String text) {
        add(name, text, new byte[0]);
    }

    /** A well-formed request with {@code body} (null: none) and the bearer of its API. */
    private void request(String name, String method, String target, String body) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String bearer = target.startsWith("/scim/") ? token : admin;
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + bearer
                + "\r\n" + (body == null ? "" : "Content-Type: application/scim+json\r\nContent-Length: "
                + bytes.length + "\r\n") + "Connection: close\r\n\r\n";
        add(name, head, bytes);
    }

    private void requestLines() {
        List<String> targets = List.of(scim + "/Users", "/api/v2/connections", "/observe/health", "/");
        List<String> methods = List.of("", " ", "G\u0001T", "GET\u0000", "\tGET", "get", "FOO", "G ET",
                "A".repeat(2000), "CONNECT", "TRACE", "OPTIONS", "HEAD", "PRI");
        for (String method : methods) {
            for (String target : targets) {
                raw("method " + printable(method) + " " + target,
                        method + " " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            }
        }
        List<String> paths = List.of("%", "%zz", "%0", "%%", "%c0%ae", "%00", "%ff%fe", "/../../etc/passwd", "//",
                "*", "http://evil.example/x", "?", "#frag", "\u00e9\u00ff", "\u0001", "/" + "a".repeat(30_000),
                scim + "/Users/%", scim + "/Users/%zz", scim + "/Users/%7", scim + "/Groups/%zz",
                scim + "/Users/" + "%25".repeat(100), scim + "/Schemas/%zz", "/api/v2/users/%zz",
                "/api/v2/connections/%", "/api/v2/groups/%zz/members", scim + "/Users?filter=%zz",
                scim + "/Users?%zz=1", "/api/v2/logs?take=%zz", scim + "/Users/\u0000",
                "/scim/v2/connections/%zz/Users", "/scim/v2/connections/" + "x".repeat(500) + "/Users");
        for (String path : paths) {
            raw("path " + printable(path), "GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n");
        }
        for (String version : List.of("HTTP/1.0", "HTTP/1.2", "HTTP/2.0", "HTTP/9.9", "HTTP/1", "HTTX/1.1", "",
                "HTTP/1.1 extra", "http/1.1")) {
            raw("version " + version,
                    "GET " + scim + "/Users " + version + "\r\nHost: x\r\nConnection: close\r\n\r\n");
        }
        raw("no request line", "\r\n\r\n");
        raw("only a path", scim + "/Users\r\nHost: x\r\n\r\n");
        raw("http2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        raw("tls hello", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003");
        raw("lone LF lines", "GET " + scim + "/Users HTTP/1.1\nHost: x\n\n");
        raw("lone CR", "GET " + scim + "/Users HTTP/1.1\rHost: x\r\r");
    }

    private void headers() {
        String line = "GET " + scim + "/Users HTTP/1.1\r\n";
        String auth = "Authorization: Bearer " + token + "\r\n";
        List<String> heads = List.of(
                "Connection: close\r\n",
                "Host: x\r\nHost: y\r\n" + auth,
                "Host: \u0000\r\n" + auth,
                "Host: x\r\nNoColon\r\n" + auth,
                "Host: x\r\nBad Name: v\r\n" + auth,
                "Host: x\r\nX-A: v\r\n folded continuation\r\n" + auth,
                "Host: x\r\nX-A: \u0000\r\n" + auth,
                "Host: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n" + auth,
                "Host: x\r\n" + "X-Many: v\r\n".repeat(300) + auth,
                "Host: x\r\nAuthorization: Bearer\r\n",
                "Host: x\r\nAuthorization: Bearer \u0000\r\n",
                "Host: x\r\nAuthorization: Basic !!!\r\n",
                "Host: x\r\nAuthorization: Bearer " + "t".repeat(10_000) + "\r\n",
                "Host: x\r\nAuthorization: Bearer tok_AAAAAAAAAAAAAAAA." + "0".repeat(64) + "\r\n",
                "Host: x\r\nAuthorization: Bearer " + token + "\r\nAuthorization: Bearer x\r\n",
                "Host: x\r\nX-Forwarded-For: \u0001\u0002, ::::\r\n" + auth,
                "Host: x\r\nConnection: upgrade\r\nUpgrade: h2c\r\nHTTP2-Settings: !!!\r\n" + auth,
                "Host: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: x\r\n" + auth,
                "Host: x\r\nIf-Match: \u0000garbage\r\n" + auth,
                "Host: x\r\nAccept: \u0000\r\n" + auth,
                "Host: x\r\nAccept-Encoding: gzip;q=x, br;q=\r\n" + auth,
                "Host: x\r\nContent-Type: ;;;\r\n" + auth);
        for (int i = 0; i < heads.size(); i++) {
            raw("headers " + i, line + heads.get(i) + "\r\n");
        }
        String post = "POST " + scim + "/Users HTTP/1.1\r\nHost: x\r\n" + auth;
        String body = "{\"userName\":\"h\"}";
        List<String> lengths = List.of("-1", "abc", "1, 2", "9999999999999", "+16", " 16 ", "0x10", "16\r\n"
                + "Content-Length: 3", "");
        for (String length : lengths) {
            add("content-length " + printable(length), post + "Content-Type: application/json\r\nContent-Length: "
                    + length + "\r\n\r\n", body.getBytes(StandardCharsets.UTF_8));
        }
        List<String> encodings = List.of("Transfer-Encoding: chunked\r\nContent-Length: 16",
                "Transfer-Encoding: gzip", "Transfer-Encoding: chunked, chunked", "Transfer-Encoding: identity",
                "Transfer-Encoding: xchunked", "Content-Encoding: gzip\r\nContent-Length: 16",
                "Content-Encoding: br\r\nContent-Length: 16", "Expect: 100-continue\r\nContent-Length: 16",
                "Expect: 200-ok\r\nContent-Length: 16");
        for (String encoding : encodings) {
            add("encoding " + printable(encoding), post + "Content-Type: application/json\r\n" + encoding
                    + "\r\n\r\n", body.getBytes(StandardCharsets.UTF_8));
        }
        for (String type : List.of("text/plain", "application/scim+json; charset=utf-7",
                "application/json; charset=\u0000", "application/json; charset=nonsense", "multipart/form-data",
                "application/x-www-form-urlencoded", ";", "application/json; boundary=\"")) {
            add("content-type " + printable(type), post + "Content-Type: " + type + "\r\nContent-Length: "
                    + body.length() + "\r\n\r\n", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void framing() {
        for (String target : List.of(scim + "/Users", scim + "/Groups", scim + "/Users/" + userId,
                "/api/v2/connections", "/api/v2/log-streams")) {
            String method = target.endsWith(userId) ? "PUT" : "POST";
            String bearer = target.startsWith("/scim/") ? token : admin;
            String head = method + " " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + bearer
                    + "\r\nContent-Type: application/json\r\n";
            add("short body " + target, head + "Content-Length: 100\r\n\r\n", ascii("{\"a\":1"));
            add("empty declared body " + target, head + "Content-Length: 50\r\n\r\n", new byte[0]);
            String chunked = head + "Transfer-Encoding: chunked\r\n\r\n";
            add("chunk zz " + target, chunked, ascii("zz\r\nabc\r\n0\r\n\r\n"));
            add("chunk negative " + target, chunked, ascii("-1\r\nabc\r\n0\r\n\r\n"));
            add("chunk overflow " + target, chunked, ascii("ffffffffffffffffffff\r\nabc\r\n0\r\n\r\n"));
            add("chunk missing CRLF " + target, chunked, ascii("3\r\nabcdef0\r\n\r\n"));
            add("chunk extension " + target, chunked, ascii("7;a=b;c\r\n{\"a\":1}\r\n0\r\n\r\n"));
            add("chunk without end " + target, chunked, ascii("7\r\n{\"a\":1}\r\n"));
            add("chunk longer than data " + target, chunked, ascii("ff\r\n{\"a\":1}"));
            add("chunk size only " + target, chunked, ascii("5"));
            add("chunk garbage after end " + target, chunked, ascii("0\r\n\r\nGARBAGE\r\n\r\n"));
            add("chunk trailer " + target, chunked, ascii("7\r\n{\"a\":1}\r\n0\r\nX-Trailer: \u0000\r\n\r\n"));
            add("body larger than the limit " + target, head + "Content-Length: " + (2 * 1024 * 1024)
                    + "\r\n\r\n", new byte[64 * 1024]);
        }
    }

    private void jsonBodies() {
        List<String[]> targets = List.of(new String[] {"POST", scim + "/Users"},
                new String[] {"PUT", scim + "/Users/" + userId}, new String[] {"PATCH", scim + "/Users/" + userId},
                new String[] {"POST", scim + "/Users/.search"}, new String[] {"POST", scim + "/Groups"},
                new String[] {"PATCH", scim + "/Groups/" + groupId}, new String[] {"POST", scim + "/.search"},
                new String[] {"POST", "/api/v2/connections"},
                new String[] {"PATCH", "/api/v2/connections/" + connectionId},
                new String[] {"POST", "/api/v2/log-streams"}, new String[] {"POST", "/api/v2/clients"},
                new String[] {"POST", "/api/v2/organizations"},
                new String[] {"POST", "/api/v2/connections/" + connectionId + "/logins"},
                new String[] {"PATCH", "/api/v2/connections/" + connectionId + "/scim-configuration"},
                new String[] {"POST", "/api/v2/connections/" + connectionId + "/scim-configuration/tokens"});
        for (String[] target : targets) {
            for (String json : BAD_JSON) {
                request("bad json " + target[0] + " " + target[1] + " " + shortened(json), target[0], target[1],
                        json);
            }
            for (int depth : List.of(65, 200, 1000, 5000)) {
                request("deep arrays " + depth + " " + target[1], target[0], target[1],
                        "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
                request("deep objects " + depth + " " + target[1], target[0], target[1],
                        "{\"a\":" + "{\"b\":".repeat(depth) + "1" + "}".repeat(depth) + "}");
            }
        }
    }

    /** Every top-level field of every body, replaced by each hostile value in turn. */
    private void fieldsOfEveryBody() {
        String user = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"f1\","
                + "\"externalId\":\"f1\",\"name\":{\"givenName\":\"F\"},\"emails\":[{\"value\":\"f@x\","
                + "\"primary\":true}],\"active\":true,\"roles\":[{\"value\":\"r\"}],\"groups\":[]}";
        String group = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"g\","
                + "\"externalId\":\"g\",\"members\":[{\"value\":\"" + userId + "\"}]}";
        String patch = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}";
        String search = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"userName pr\",\"startIndex\":1,\"count\":2,\"sortBy\":\"userName\","
                + "\"sortOrder\":\"ascending\",\"attributes\":[\"userName\"],\"excludedAttributes\":[\"emails\"]}";
        String connection = "{\"name\":\"n\",\"strategy\":\"okta\",\"display_name\":\"d\"}";
        String stream = "{\"name\":\"s\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"http://127.0.0.1:9/x\","
                + "\"httpContentFormat\":\"JSONLINES\"},\"filters\":[{\"type\":\"category\",\"name\":\"scim.event\"}]}";
        String configuration = "{\"user_id_attribute\":\"externalId\",\"mapping\":[{\"scim\":\"userName\","
                + "\"auth0\":\"username\"}],\"rate_limit\":{\"requests_per_second\":0}}";
        String tokenBody = "{\"scopes\":[\"get:users\"],\"token_lifetime\":900}";
        String login = "{\"claims\":{\"sub\":\"s\"},\"session_id\":\"x\",\"client_id\":\"c\"}";
        String client = "{\"name\":\"c\",\"oidc_logout\":{\"backchannel_logout_urls\":[\"http://127.0.0.1:9\"]}}";
        fields("POST", scim + "/Users", user, List.of("schemas", "userName", "externalId", "name", "emails",
                "active", "roles", "groups"));
        fields("PUT", scim + "/Users/" + userId, user, List.of("userName", "name", "emails", "active"));
        fields("POST", scim + "/Groups", group, List.of("schemas", "displayName", "externalId", "members"));
        fields("PATCH", scim + "/Users/" + userId, patch, List.of("schemas", "Operations"));
        fields("PATCH", scim + "/Groups/" + groupId, patch, List.of("Operations"));
        fields("POST", scim + "/Users/.search", search, List.of("filter", "startIndex", "count", "sortBy",
                "sortOrder", "attributes", "excludedAttributes"));
        fields("POST", "/api/v2/connections", connection, List.of("name", "strategy", "display_name"));
        fields("POST", "/api/v2/log-streams", stream, List.of("name", "type", "sink", "filters"));
        fields("PATCH", "/api/v2/connections/" + connectionId + "/scim-configuration", configuration,
                List.of("user_id_attribute", "mapping", "rate_limit"));
        fields("POST", "/api/v2/connections/" + connectionId + "/scim-configuration/tokens", tokenBody,
                List.of("scopes", "token_lifetime"));
        fields("POST", "/api/v2/connections/" + connectionId + "/logins", login,
                List.of("claims", "session_id", "client_id"));
        fields("POST", "/api/v2/clients", client, List.of("name", "oidc_logout"));
    }

    private void fields(String method, String target, String template, List<String> names) {
        for (String name : names) {
            String original = valueOf(template, name);
            for (String value : HOSTILE_VALUES) {
                request("field " + name + "=" + shortened(value) + " " + method + " " + target, method, target,
                        template.replace("\"" + name + "\":" + original, "\"" + name + "\":" + value));
            }
        }
    }

    /** The JSON text of top-level field {@code name} in {@code template} (balanced brackets, strings skipped). */
    private static String valueOf(String template, String name) {
        int start = template.indexOf("\"" + name + "\":") + name.length() + 3;
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < template.length(); i++) {
            char c = template.charAt(i);
            if (inString) {
                inString = c != '"' || template.charAt(i - 1) == '\\';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return template.substring(start, i);
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return template.substring(start, i);
            }
        }
        return template.substring(start);
    }

    private void queries() {
        for (String filter : BAD_FILTERS) {
            String encoded = ScimTestSupport.encode(filter);
            request("filter " + shortened(filter), "GET", scim + "/Users?filter=" + encoded, null);
            request("group filter " + shortened(filter), "GET", scim + "/Groups?filter=" + encoded, null);
            request("search filter " + shortened(filter), "POST", scim + "/Users/.search",
                    "{\"filter\":" + HttpClientSupport.JSON.valueToTree(filter) + "}");
        }
        for (String number : BAD_NUMBERS) {
            String n = number.replace(" ", "%20").replace("+", "%2B");
            for (String parameter : List.of("count", "startIndex")) {
                request(parameter + "=" + number, "GET", scim + "/Users?" + parameter + "=" + n, null);
                request("group " + parameter + "=" + number, "GET", scim + "/Groups?" + parameter + "=" + n, null);
            }
            for (String parameter : List.of("page", "per_page", "take")) {
                request("management " + parameter + "=" + number, "GET", "/api/v2/users?" + parameter + "=" + n,
                        null);
            }
            request("logs take=" + number, "GET", "/api/v2/logs?take=" + n, null);
            request("members take=" + number, "GET", "/api/v2/groups/" + groupId + "/members?take=" + n, null);
        }
        for (String value : List.of("", ",", "a..b", "urn:", "urn:ietf:params:scim:schemas:core:2.0:User:",
                "emails[type eq \"x\"]", "%zz", "a".repeat(3000), "name.givenName.x", "meta.", "(", "\u0000")) {
            String encoded = ScimTestSupport.encode(value);
            for (String parameter : List.of("attributes", "excludedAttributes", "sortBy", "sortOrder", "cursor")) {
                request(parameter + "=" + shortened(value), "GET", scim + "/Users?" + parameter + "=" + encoded,
                        null);
            }
            request("user attributes=" + shortened(value), "GET", scim + "/Users/" + userId + "?attributes="
                    + encoded, null);
            request("management q=" + shortened(value), "GET", "/api/v2/users?q=" + encoded, null);
            request("logs from=" + shortened(value), "GET", "/api/v2/logs?from=" + encoded, null);
            request("logs type=" + shortened(value), "GET", "/api/v2/logs?type=" + encoded, null);
            request("connections from=" + shortened(value), "GET", "/api/v2/connections-scim-configurations?from="
                    + encoded, null);
        }
        request("duplicate parameters", "GET", scim + "/Users?count=1&count=x&startIndex=&startIndex=2", null);
        request("parameter without value", "GET", scim + "/Users?filter&count", null);
        request("odd parameter names", "GET", scim + "/Users?%00=1&%zz=2&=3&&&", null);
    }

    private void patchOperations() {
        for (String path : BAD_PATCH_PATHS) {
            for (String op : List.of("add", "replace", "remove")) {
                String operation = "{\"op\":\"" + op + "\",\"path\":" + HttpClientSupport.JSON.valueToTree(path)
                        + ",\"value\":\"v\"}";
                String body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                        + operation + "]}";
                request("patch user " + op + " " + shortened(path), "PATCH", scim + "/Users/" + userId, body);
                request("patch group " + op + " " + shortened(path), "PATCH", scim + "/Groups/" + groupId, body);
            }
        }
        for (String op : List.of("", "ADD", "Replace", "move", "copy", "test", "\u0000", "remove\u0000")) {
            request("patch op " + printable(op), "PATCH", scim + "/Users/" + userId,
                    "{\"Operations\":[{\"op\":\"" + op + "\",\"path\":\"displayName\",\"value\":\"x\"}]}");
        }
        request("patch 1000 operations", "PATCH", scim + "/Users/" + userId, "{\"Operations\":["
                + String.join(",", Collections.nCopies(1000,
                "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"a@b\"}]}")) + "]}");
        request("patch members 20000", "PATCH", scim + "/Groups/" + groupId, "{\"Operations\":[{\"op\":\"add\","
                + "\"path\":\"members\",\"value\":[" + String.join(",", Collections.nCopies(20_000,
                "{\"value\":\"x\"}")) + "]}]}");
    }

    /** Seeded random byte mutations of valid requests: flips, insertions, deletions, duplications, truncations. */
    private void mutations(Random random, int count) {
        List<Attack> seeds = new ArrayList<>();
        int before = attacks.size();
        request("seed", "POST", scim + "/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"m\",\"externalId\":\"m\",\"emails\":[{\"value\":\"m@x\",\"primary\":true}]}");
        request("seed", "PATCH", scim + "/Users/" + userId, "{\"Operations\":[{\"op\":\"replace\","
                + "\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"w@x\"}]}");
        request("seed", "GET", scim + "/Users?filter=" + ScimTestSupport.encode("userName sw \"m\" and active eq true")
                + "&count=5", null);
        request("seed", "POST", "/api/v2/connections", "{\"name\":\"mutant\",\"strategy\":\"okta\"}");
        request("seed", "PATCH", scim + "/Groups/" + groupId, "{\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
                + "\"value\":[{\"value\":\"" + userId + "\"}]}]}");
        seeds.addAll(attacks.subList(before, attacks.size()));
        attacks.subList(before, attacks.size()).clear();
        for (int i = 0; i < count; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size())).bytes();
            attacks.add(new Attack("mutation " + i, mutate(seed, random)));
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && bytes.length > 1; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = splice(bytes, at, at, new byte[] {(byte) random.nextInt(256)});
                case 2 -> bytes = splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(8)), new byte[0]);
                case 3 -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(16));
                    bytes = splice(bytes, at, at, Arrays.copyOfRange(bytes, at, end));
                }
                default -> bytes = Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, from);
        out.writeBytes(insert);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : shortened(text).toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\x%02x", (int) c & 0xff) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}

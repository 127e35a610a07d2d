package dev.inboundscim.adapter.in.http.management;

import io.helidon.webserver.http.HttpRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Management API's routes as its services register them: the methods each path pattern answers, so a request
 * whose path exists but whose method does not is answered 405 with {@code Allow} (RFC 9110 §15.5.6) rather than 404,
 * and so the API's description can be checked against what is really served.
 */
final class RouteTable {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    /** One registered route: a method and a pattern relative to {@code /api/v2}, such as {@code /connections/{id}}. */
    record Route(String method, String pattern) {
        boolean matches(String path) {
            return regex(pattern).matcher(path).matches();
        }
    }

    private final List<Route> routes = new ArrayList<>();

    /** {@code rules} that also record every {@code get}/{@code post}/… registration into this table. */
    HttpRules recording(HttpRules rules) {
        return (HttpRules) Proxy.newProxyInstance(HttpRules.class.getClassLoader(), new Class<?>[] {HttpRules.class},
                (proxy, method, args) -> {
                    if (METHODS.contains(method.getName()) && args != null && args.length > 0
                            && args[0] instanceof String pattern) {
                        routes.add(new Route(method.getName().toUpperCase(Locale.ROOT), pattern));
                    }
                    try {
                        Object result = method.invoke(rules, args);
                        return result == rules ? proxy : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Every registered route as {@code METHOD pattern}, such as {@code GET /connections/{id}}. */
    List<String> registered() {
        return routes.stream().map(route -> route.method() + " " + route.pattern()).toList();
    }

    /** The methods registered for a path (relative to {@code /api/v2}); empty when no route has that path. */
    Set<String> allowed(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.matches(path)) {
                allowed.add(route.method());
            }
        }
        return allowed;
    }

    /** A pattern's parameters ({@code {id}}) match one path segment each. */
    private static Pattern regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}

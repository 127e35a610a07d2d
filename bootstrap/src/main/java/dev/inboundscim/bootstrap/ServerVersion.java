package dev.inboundscim.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and git commit this server was built from (SPEC §7.3), as the build wrote them beside the classes; the
 * same values are in the jar's manifest ({@code Implementation-Version}, {@code Git-Commit}).
 *
 * @param commit the abbreviated commit, or {@code unknown} when the build ran outside a git checkout
 */
public record ServerVersion(String version, String commit) {

    private static final String UNKNOWN = "unknown";

    /** What the build recorded. */
    public static ServerVersion ofBuild() {
        Properties build = new Properties();
        try (InputStream in = ServerVersion.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerVersion(filled(build.getProperty("version")), filled(build.getProperty("commit")));
    }

    /** {@code inbound-scim-server <version> (<commit>)}, as {@code --version} prints it. */
    public String line() {
        return "inbound-scim-server " + version + " (" + commit + ")";
    }

    /** A property the build could not fill is left as its placeholder. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value;
    }
}

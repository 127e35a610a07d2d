package dev.inboundscim.domain.scim.value;

import dev.inboundscim.domain.error.PreconditionFailedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weak entity tags of resource versions (RFC 7644 §3.14, RFC 9110 §8.8.3): {@code W/"<version>"}, as the
 * {@code ETag} and {@code If-Match} headers and a bulk operation's {@code version} (RFC 7644 §3.7) carry them.
 */
public final class EntityTag {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private EntityTag() {
    }

    public static String of(long version) {
        return "W/\"" + version + "\"";
    }

    /**
     * The version a tag names: null for none or {@code *}. RFC 9110 §13.1.1 compares weakly here as SCIM clients
     * echo weak tags; a tag that names no possible version can never match, so it is a 412 now. {@code source}
     * names where the tag came from in that 412's detail ({@code If-Match}).
     */
    public static Long expectedVersion(String tag, String source) {
        if (tag == null || tag.isBlank() || tag.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(tag);
        if (!matcher.matches()) {
            throw new PreconditionFailedException(source + " does not name a version of this resource");
        }
        return Long.parseLong(matcher.group(1));
    }
}

package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.domain.error.PreconditionFailedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Weak entity tags of resource versions (RFC 7644 §3.14, RFC 9110 §8.8.3): {@code W/"<version>"}. */
final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private EntityTags() {
    }

    static String of(long version) {
        return "W/\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} value names: null for none or {@code *}. RFC 9110 §13.1.1 compares weakly here
     * as SCIM clients echo weak tags; a tag that names no possible version can never match, so it is a 412 now.
     */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new PreconditionFailedException("If-Match does not name a version of this resource");
        }
        return Long.parseLong(matcher.group(1));
    }
}

package dev.inboundscim.domain.scim.value;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonicalisation for case-insensitive comparison and uniqueness (SPEC §3): Unicode NFKC, then lower case
 * in the root locale, so "ALICE", "alice" and "ａｌｉｃｅ" are the same everywhere, in memory and in every store.
 */
public final class CanonicalText {

    private CanonicalText() {
    }

    public static String of(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}

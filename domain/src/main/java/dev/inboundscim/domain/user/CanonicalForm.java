package dev.inboundscim.domain.user;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonicalisation for case-insensitive uniqueness (SPEC §3): Unicode NFKC, then lower case in the root
 * locale. Every adapter stores and compares this form, so "ALICE", "alice" and "ａｌｉｃｅ" collide everywhere alike.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    public static String of(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}

package dev.inboundscim.domain.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.token.TokenId;
import dev.inboundscim.domain.token.TokenSecret;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written shape checks agree with the regular expressions they replaced. */
class IdShapeTest {

    private static final Pattern CONNECTION = Pattern.compile("con_[A-Za-z0-9]{16}");
    private static final String[] CANDIDATES = {
        "con_abcdefghijABCDEF", "con_0123456789abcdef", "con_abcdefghijABCDE", "con_abcdefghijABCDEFG",
        "con-abcdefghijABCDEF", "Con_abcdefghijABCDEF", "con_abcdefghij-BCDEF", "con_abcdefghijABCDÉ",
        "con_abcdefghij ABCDE", "", "con_", "con_abcdefghijABCD\u0661", "xcon_abcdefghijABCDE"};

    @Test
    void prefixedAlphanumericMatchesTheRegularExpression() {
        for (String candidate : CANDIDATES) {
            assertEquals(CONNECTION.matcher(candidate).matches(), ConnectionId.isWellFormed(candidate), candidate);
        }
        assertFalse(ConnectionId.isWellFormed(null));
        assertTrue(GroupId.isWellFormed(GroupId.generate().value()));
        assertFalse(GroupId.isWellFormed(ConnectionId.generate().value()));
        assertTrue(TokenId.isWellFormed(TokenId.generate().value()));
    }

    @Test
    void tokenSecretsParseOnlyInTheirExactShape() {
        String id = TokenId.generate().value();
        String hex = "0123456789abcdef".repeat(4);
        assertTrue(TokenSecret.parse(id + "." + hex).isPresent());
        assertEquals(id, TokenSecret.parse(id + "." + hex).orElseThrow().tokenId().value());
        assertFalse(TokenSecret.parse(id + "." + hex.toUpperCase()).isPresent(), "upper-case hex");
        assertFalse(TokenSecret.parse(id + ":" + hex).isPresent(), "no dot");
        assertFalse(TokenSecret.parse(id + "." + hex.substring(1)).isPresent(), "63 digits");
        assertFalse(TokenSecret.parse(id + "." + hex + "a").isPresent(), "65 digits");
        assertFalse(TokenSecret.parse(id + "." + hex.substring(1) + "g").isPresent(), "not hex");
        assertFalse(TokenSecret.parse("tok_abcdefghijklmno!." + hex).isPresent(), "bad id");
        assertFalse(TokenSecret.parse("con_abcdefghijklmnop." + hex).isPresent(), "other prefix");
        for (String text : new String[] {id + "." + hex, id + ".x", "Bearer " + id + "." + hex}) {
            assertEquals(TokenSecret.FORMAT.matcher(text).matches(), TokenSecret.parse(text).isPresent(), text);
        }
    }
}

package dev.inboundscim.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    @ParameterizedTest
    @CsvSource({
            "Alice@Example.COM, alice@example.com",
            "ＡＬＩＣＥ, alice",
            "ﬁle, file",
            "İstanbul, i̇stanbul",
            "STRASSE, strasse",
            "already, already"})
    void foldsCaseAfterCompatibilityNormalisation(String input, String expected) {
        assertEquals(expected, CanonicalForm.of(input));
    }

    @Test
    void composesUserIdsFromStrategyConnectionAndKey() {
        assertEquals("okta|acme|00u1", UserId.of(Strategy.OKTA, new ConnectionName("acme"), "00u1").value());
        assertEquals("waad|ac-me|a|b", UserId.of(Strategy.WAAD, new ConnectionName("ac-me"), "a|b").value());
    }

    @Test
    void userKeysAreBoundedSoEveryStoreCanIndexThem() {
        UserKeys.of("u".repeat(UserKeys.MAX_USER_NAME), "e".repeat(UserKeys.MAX_USER_ID_ATTRIBUTE));
        assertThrows(BadRequestException.class,
                () -> UserKeys.of("u".repeat(UserKeys.MAX_USER_NAME + 1), "e"));
        assertThrows(BadRequestException.class,
                () -> UserKeys.of("u", "e".repeat(UserKeys.MAX_USER_ID_ATTRIBUTE + 1)));
    }

    @Test
    void userKeysAreCanonical() {
        assertEquals(new UserKeys("bob", "ext"), UserKeys.of("BOB", "EXT"));
        assertEquals(new UserKeys(null, "ext"), UserKeys.of(null, "Ext"));
    }
}

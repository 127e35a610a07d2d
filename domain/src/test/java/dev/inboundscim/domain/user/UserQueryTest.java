package dev.inboundscim.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryTest {

    @Test
    void readsWordsAndFieldTerms() {
        assertEquals(UserQuery.ALL, UserQuery.parse(null));
        assertEquals(UserQuery.ALL, UserQuery.parse("  "));
        assertEquals(new UserQuery(List.of("ada"), null, null, null), UserQuery.parse("ada"));
        assertEquals(new UserQuery(List.of(), "ada@example.com", null, null), UserQuery.parse("email:ada@example.com"));
        assertEquals(new UserQuery(List.of(), "ada@example.com", "okta|acme|1", "Ada Lovelace"),
                UserQuery.parse("email:\"ada@example.com\" AND user_id:\"okta|acme|1\"  name:\"Ada Lovelace\""));
        assertEquals(new UserQuery(List.of("lovelace", "acme"), null, null, "Say \"hi\""),
                UserQuery.parse("lovelace name:\"Say \\\"hi\\\"\" acme"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"email:a OR email:b", "NOT ada", "ada*", "name:Ad?", "date:[2020 TO 2021]",
            "(ada)", "logins_count:3", "email:\"open", "email:", "email:a email:b", "name:~ada"})
    void refusesWhatItDoesNotSupport(String q) {
        assertThrows(BadRequestException.class, () -> UserQuery.parse(q));
    }

    @Test
    void aMessageNeverEchoesTheQuery() {
        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> UserQuery.parse("<script>:x"));
        assertEquals(false, refused.getMessage().contains("<script>"));
    }
}

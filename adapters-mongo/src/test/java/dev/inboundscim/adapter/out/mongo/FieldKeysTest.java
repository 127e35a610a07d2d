package dev.inboundscim.adapter.out.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key → stored field name, and back: only what MongoDB reserves changes. */
class FieldKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "given_name       | given_name",
        "a-b_C9           | a-b_C9",
        "a.b              | a%2Eb",
        "$where           | %24where",
        "100%             | 100%25",
        "%array           | %25array",
        "''               | %",
        "%                | %25",
        "ünïcødé          | ünïcødé"
    })
    void escapesReservedCharactersReversibly(String key, String stored) {
        assertEquals(stored, FieldKeys.escape(key));
        assertEquals(key, FieldKeys.unescape(stored));
    }

    @ParameterizedTest
    @CsvSource({"a%zz", "50%", "%g1"})
    void leavesAStrayPercentSignAsItIs(String stored) {
        assertEquals(stored, FieldKeys.unescape(stored));
    }
}

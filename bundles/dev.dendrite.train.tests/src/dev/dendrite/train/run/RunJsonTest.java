package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParseException;

/** What users read about unreadable JSON: one line of Gson's message, without exception classes or links. */
class RunJsonTest {

    @Test
    void aParseProblemReadsAsOneLineNamingWhereItIs() {
        assertEquals("unterminated object at line 1 column 16 (at $.network)", problemOf("{\"network\": a b}"));
        assertEquals("end of input at line 1 column 11 (at $.runs)", problemOf("{\"runs\": 3"));
        assertEquals("expected name at line 1 column 22 (at $.network)", problemOf("{\"network\": \"x.dnet\",, }"));
        assertEquals("malformed JSON at line 1 column 6", problemOf("not json"), "without Gson's advice to parse leniently");
        assertEquals("not a JSON object", problemOf("[1, 2]"));
    }

    private static String problemOf(String text) {
        return RunJson.problem(assertThrows(JsonParseException.class, () -> RunJson.parse(text)));
    }
}

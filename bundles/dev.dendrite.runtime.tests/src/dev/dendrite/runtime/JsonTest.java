package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "LeNet-5");
        map.put("params", 61706);
        map.put("ok", true);
        map.put("loss", 0.25);
        map.put("shape", List.of(1, 28, 28));
        map.put("none", null);
        assertEquals("{\"name\":\"LeNet-5\",\"params\":61706,\"ok\":true,\"loss\":0.25,\"shape\":[1,28,28],\"none\":null}",
                Json.write(map));
    }

    /** Declared in this order on purpose: the object keeps the components' order, not an alphabetical one. */
    record Conditions(String cpu, int cores, double busy, List<Integer> batches) {
    }

    @Test
    void recordsAreObjectsOfTheirComponents() {
        assertEquals("{\"cpu\":\"EPYC\",\"cores\":2,\"busy\":null,\"batches\":[64,512]}",
                Json.write(new Conditions("EPYC", 2, Double.NaN, List.of(64, 512))));
    }

    @Test
    void escapesControlCharactersAndQuotes() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.write("a\"b\\c\nd\u0001"));
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        assertEquals("[null,null,1.5]", Json.write(Arrays.asList(Double.NaN, Float.POSITIVE_INFINITY, 1.5)));
    }
}

package eu.barometer.core.validation;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeySpaceTest {

    @Test
    void equalKeysGetTheSameNumberAndDistinctKeysDistinctNumbersBelowTheSize() {
        List<List<Object>> rows = List.of(List.of("a", 1), List.of("b", 1), List.of("a", 2), List.of(new String("a"), 1),
                List.of("c", 3));
        KeySpace<List<Object>> keys = new KeySpace<>(List::toArray);
        rows.forEach(keys::add);
        assertEquals(3 * 3, keys.size());
        Map<List<Object>, Long> numbers = new HashMap<>();
        Set<Long> distinct = new HashSet<>();
        for (List<Object> r : rows) {
            long k = keys.key(r);
            assertTrue(k >= 0 && k < keys.size(), r + " -> " + k);
            Long before = numbers.putIfAbsent(r, k);
            assertTrue(before == null || before == k, r + " numbered " + before + " and " + k);
            distinct.add(k);
        }
        assertEquals(numbers.size(), distinct.size());
    }

    @Test
    void aKeySpaceTooLargeForALongSaysSo() {
        KeySpace<Integer> keys = new KeySpace<>(x -> new Object[] {x, -x, x * 3, x * 5, x * 7});
        for (int i = 0; i < 10_000; i++) {
            keys.add(i);
        }
        assertEquals(KeySpace.TOO_LARGE, keys.size());
    }

    @Test
    void aKeyNeverAddedIsRefused() {
        KeySpace<String> keys = new KeySpace<>(x -> new Object[] {x});
        keys.add("a");
        assertThrows(IllegalArgumentException.class, () -> keys.key("b"));
    }

    @Test
    void indexBitsHoldEveryRowIndex() {
        assertEquals(1, KeySpace.indexBits(1));
        assertEquals(1, KeySpace.indexBits(2));
        assertEquals(2, KeySpace.indexBits(3));
        assertEquals(20, KeySpace.indexBits(1 << 20));
        assertEquals(21, KeySpace.indexBits((1 << 20) + 1));
        assertEquals(31, KeySpace.indexBits(Integer.MAX_VALUE));
    }
}

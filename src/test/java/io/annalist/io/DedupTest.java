package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class DedupTest {
    @Test
    void equalValuesShareOneInstance() {
        Dedup d = new Dedup(4);
        String a = new String("actor-3");
        String b = new String("actor-3");
        assertSame(a, d.share(a));
        assertSame(a, d.share(b));
        assertNull(d.share(null));
    }

    @Test
    void aFullTableNeverGivesBackAnUnequalValue() {
        Dedup d = new Dedup(2);
        for (int i = 0; i < 1000; i++) {
            List<String> v = List.of("a" + (i % 37), "b" + i);
            assertEquals(v, d.share(v));
        }
    }
}

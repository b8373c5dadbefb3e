package io.annalist.editing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.annalist.changes.ChangeLog;
import io.annalist.changes.Overrides;
import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.model.Dataset;

/** Small files for the editing tests, read by the reader as a file would be. */
final class Data {
    static final Instant T0 = Instant.parse("2026-12-02T10:15:00Z");

    static final String FILE = """
            {
              "format": "annalist/1",
              "actors": [{"id": "north-korea", "name": "North Korea", "kind": "state"},
                         {"id": "russia", "name": "Russia", "kind": "state"},
                         {"id": "us-intelligence", "name": "US intelligence officials", "kind": "agency"}],
              "sources": [{"id": "ap", "title": "AP report", "publisher": "Associated Press", "url": "https://apnews.com/x"},
                          {"id": "dia", "title": "DIA estimate", "publisher": "DIA", "url": "https://dia.mil/y"}],
              "events": [
                {"id": "visit", "kind": "visit", "title": "Shoigu visits Pyongyang", "when": "2025-03",
                 "actors": ["russia", "north-korea"], "sources": ["ap"]},
                {"id": "troops", "kind": "troop_deployment", "title": "Troops to Russia", "when": "2024-11",
                 "actors": ["north-korea", "russia"], "sources": ["ap"],
                 "troop_deployment": {"from": "north-korea", "to": "russia", "troops": {"min": 1000, "max": 3000},
                                      "reported_by": ["us-intelligence"]}}
              ]
            }
            """;

    private Data() {
    }

    static Dataset read(String text) {
        LoadResult r = new EventFileReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test.json");
        if (r.failed()) {
            throw new AssertionError(r.report().problems().toString());
        }
        return r.dataset();
    }

    /** A clock that moves on a minute each time it is asked. */
    static Clock ticking() {
        return new Clock() {
            private Instant now = T0;

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant t = now;
                now = now.plusSeconds(60);
                return t;
            }
        };
    }

    static EditedData overWorkspace(String text) {
        return EditedData.overWorkspace(read(text), Overrides.NONE, ChangeLog.EMPTY, "analyst", ticking());
    }
}

package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The bundled borders: which country holds a point, and that the resource is what the converter makes. */
class BaseMapTest {
    private final BaseMap map = BaseMap.bundled();

    @Test
    void pointsFallInTheirCountries() {
        assertEquals("KP", map.countryAt(39.03, 125.75).code(), "Pyongyang");
        assertEquals("KR", map.countryAt(37.57, 126.98).code(), "Seoul");
        assertEquals("RU", map.countryAt(55.75, 37.62).code(), "Moscow");
        assertEquals("RU", map.countryAt(51.73, 36.19).code(), "Kursk");
        assertEquals("JP", map.countryAt(35.68, 139.69).code(), "Tokyo");
        assertEquals("SG", map.countryAt(1.35, 103.82).code(), "Singapore");
        assertEquals("VN", map.countryAt(21.03, 105.85).code(), "Hanoi");
        assertEquals("UA", map.countryAt(48.14, 37.74).code(), "Avdiivka");
        assertNull(map.countryAt(40.0, 135.0), "the Sea of Japan is no country");
        assertNull(map.countryAt(0, -30), "the Atlantic");
    }

    @Test
    void everyBundledLaunchSiteIsInNorthKoreaOrJustOffItsCoast() throws IOException {
        var loaded = new io.annalist.io.EventFileReader().read(Path.of("data/nk-missile-tests-1984-2026.json"));
        Country kp = map.country("KP");
        int sites = 0;
        int onShore = 0;
        for (var e : loaded.dataset().events()) {
            if (e.where() != null && e.where().hasCoordinates()) {
                sites++;
                double lat = e.where().lat();
                double lon = e.where().lon();
                Country c = map.countryAt(lat, lon);
                if (c != null) {
                    onShore++;
                    assertEquals("KP", c.code(), e.id() + " " + e.where().describe());
                } else {
                    // Coastal sites fall just off a 1:50m coast, and launches from a barge (off Wonsan, 2019) are at sea.
                    double km = kp.shape().distance(new org.locationtech.jts.geom.GeometryFactory()
                            .createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat))) * 111.2;
                    assertTrue(km < 25, e.id() + " at " + lat + ", " + lon + " is " + km + " km off North Korea");
                }
            }
        }
        assertTrue(sites > 250, "launch sites checked: " + sites);
        assertTrue(onShore > sites * 0.7, onShore + " of " + sites + " on shore");
    }

    @Test
    void countriesAreFoundByCodeWithTheirMarkInside() {
        for (String code : new String[]{"KP", "KR", "RU", "FR", "US", "CL", "NO", "ID", "JP"}) {
            Country c = map.country(code);
            assertNotNull(c, code);
            assertSame(c, map.countryAt(c.labelLat(), c.labelLon()), code + "'s mark is inside it");
        }
        Country france = map.country("FR");
        assertTrue(france.labelLat() > 42 && france.labelLat() < 51 && france.labelLon() > -5 && france.labelLon() < 8,
                "France's mark is in metropolitan France, not between it and French Guiana");
        assertNull(map.country("XX"));
        assertNull(map.country(null));
        assertTrue(map.countries().size() > 200);
    }

    @Test
    void theBundledFileIsWhatTheConverterMakes() throws IOException {
        String made = new WorldAtlasConverter().convert(Path.of("data/sources"));
        String bundled;
        try (InputStream in = BaseMap.class.getResourceAsStream(WorldAtlasConverter.RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(bundled.length(), made.length());
        assertTrue(bundled.equals(made), "rerunning import-world-atlas gives the bundled file byte for byte");
    }

    @Test
    void aBrokenFileSaysWhichLine() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> BaseMapFile.read(
                new java.io.StringReader("annalist-basemap/1\ncountry\tKP\t408\tNorth Korea\t40\t127\nshell 1 2\n"),
                new org.locationtech.jts.geom.GeometryFactory()));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
    }
}

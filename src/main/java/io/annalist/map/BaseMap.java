package io.annalist.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The bundled countries: Natural Earth's 1:50m borders ({@link WorldAtlasConverter}), found by
 * ISO code or by a point inside. Loaded once from the resource and then immutable and safe to
 * share between threads. Knows nothing of drawing; {@link MapOutlines} prepares the shapes for
 * the screen.
 */
public final class BaseMap {
    private static volatile BaseMap bundled;

    private final List<Country> countries;
    private final Map<String, Country> byCode = new HashMap<>();
    private final STRtree index = new STRtree();

    public BaseMap(List<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country c : this.countries) {
            if (c.code() != null) {
                byCode.putIfAbsent(c.code(), c);
            }
            index.insert(c.shape().getEnvelopeInternal(), c);
        }
        index.build();
    }

    /** The base map shipped with Annalist, read on first use (about 0.2 s). */
    public static BaseMap bundled() {
        BaseMap b = bundled;
        if (b == null) {
            synchronized (BaseMap.class) {
                b = bundled;
                if (b == null) {
                    b = load();
                    bundled = b;
                }
            }
        }
        return b;
    }

    private static BaseMap load() {
        try (InputStream in = BaseMap.class.getResourceAsStream(WorldAtlasConverter.RESOURCE)) {
            if (in == null) {
                throw new IOException("the base map " + WorldAtlasConverter.RESOURCE + " is missing from the application");
            }
            return new BaseMap(BaseMapFile.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    new GeometryFactory()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Country> countries() {
        return countries;
    }

    /** The country with ISO 3166-1 alpha-2 {@code code}, or null. */
    public Country country(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** The country that holds (lat, lon), or null at sea or off the map. */
    public Country countryAt(double lat, double lon) {
        @SuppressWarnings("unchecked")
        List<Country> near = index.query(new Envelope(lon, lon, lat, lat));
        for (Country c : near) {
            if (c.contains(lat, lon)) {
                return c;
            }
        }
        return null;
    }
}

package io.annalist.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The bundled base map's file format, {@code annalist-basemap/1}: plain UTF-8 text, one
 * record a line, so a change to the borders reads as a diff.
 * <pre>
 * # comment
 * annalist-basemap/1
 * country	KP	408	North Korea	40.1532	127.1915      (code "-" when none; label point lat, lon)
 * shell	1245320 423456 -12 33 -5 40 ...             (a polygon's outer ring)
 * hole	...                                           (a hole in the polygon above)
 * </pre>
 * Ring coordinates are longitude and latitude in 1/10,000 of a degree (about 11 m): the first
 * point in full, then the change from each point to the next. Rings are not closed (the first
 * point is not repeated).
 */
public final class BaseMapFile {
    public static final String HEADER = "annalist-basemap/1";
    static final double UNIT = 1e-4;

    private BaseMapFile() {
    }

    /** One polygon's outer ring and holes. */
    public record Part(Antimeridian.Ring shell, List<Antimeridian.Ring> holes) {
    }

    /** A country as written: the fields of {@link Country} with its polygons as rings. */
    public record Entry(String code, String numeric, String name, double labelLat, double labelLon, List<Part> parts) {
    }

    /** Writes the entries after the comment lines; deterministic, so a rerun gives the same bytes. */
    public static String write(List<String> comments, List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append("# ").append(c).append('\n');
        }
        b.append(HEADER).append('\n');
        for (Entry e : entries) {
            b.append("country\t").append(e.code() == null ? "-" : e.code()).append('\t')
                    .append(e.numeric() == null ? "-" : e.numeric()).append('\t').append(e.name()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f\t%.4f", e.labelLat(), e.labelLon())).append('\n');
            for (Part p : e.parts()) {
                ring(b, "shell", p.shell());
                for (Antimeridian.Ring h : p.holes()) {
                    ring(b, "hole", h);
                }
            }
        }
        return b.toString();
    }

    private static void ring(StringBuilder b, String kind, Antimeridian.Ring r) {
        b.append(kind);
        long px = 0;
        long py = 0;
        for (int i = 0; i < r.size(); i++) {
            long x = Math.round(r.lon()[i] / UNIT);
            long y = Math.round(r.lat()[i] / UNIT);
            b.append(' ').append(x - px).append(' ').append(y - py);
            px = x;
            py = y;
        }
        b.append('\n');
    }

    /** Reads the countries; a line that is not in the format is an IOException naming the line. */
    public static List<Country> read(Reader in, GeometryFactory geometry) throws IOException {
        BufferedReader r = new BufferedReader(in);
        List<Country> out = new ArrayList<>();
        String[] country = null;
        List<Polygon> polygons = new ArrayList<>();
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        boolean header = false;
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IOException("line " + lineNo + ": expected " + HEADER);
                }
                header = true;
                continue;
            }
            try {
                if (line.startsWith("country\t")) {
                    if (shell != null) {
                        polygons.add(geometry.createPolygon(shell, holes.toArray(new LinearRing[0])));
                    }
                    if (country != null) {
                        out.add(country(country, polygons, geometry));
                    }
                    country = line.split("\t");
                    if (country.length != 6) {
                        throw new IOException("line " + lineNo + ": a country needs 6 fields");
                    }
                    polygons = new ArrayList<>();
                    shell = null;
                    holes = new ArrayList<>();
                } else if (line.startsWith("shell ") || line.startsWith("hole ")) {
                    LinearRing ring = geometry.createLinearRing(coordinates(line));
                    if (line.startsWith("shell")) {
                        if (shell != null) {
                            polygons.add(geometry.createPolygon(shell, holes.toArray(new LinearRing[0])));
                        }
                        shell = ring;
                        holes = new ArrayList<>();
                    } else if (shell == null) {
                        throw new IOException("line " + lineNo + ": a hole before any shell");
                    } else {
                        holes.add(ring);
                    }
                } else {
                    throw new IOException("line " + lineNo + ": not a country, shell or hole");
                }
            } catch (IllegalArgumentException e) {
                throw new IOException("line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (shell != null) {
            polygons.add(geometry.createPolygon(shell, holes.toArray(new LinearRing[0])));
        }
        if (country != null) {
            out.add(country(country, polygons, geometry));
        }
        if (!header) {
            throw new IOException("not a base map: no " + HEADER + " line");
        }
        return out;
    }

    private static Country country(String[] f, List<Polygon> polygons, GeometryFactory geometry) {
        return new Country(f[1].equals("-") ? null : f[1], f[2].equals("-") ? null : f[2], f[3],
                geometry.createMultiPolygon(polygons.toArray(new Polygon[0])), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]));
    }

    private static Coordinate[] coordinates(String line) {
        String[] t = line.split(" ");
        int n = (t.length - 1) / 2;
        if (n < 3 || (t.length - 1) % 2 != 0) {
            throw new IllegalArgumentException("a ring needs at least three points");
        }
        Coordinate[] c = new Coordinate[n + 1];
        long x = 0;
        long y = 0;
        for (int i = 0; i < n; i++) {
            x += Long.parseLong(t[1 + 2 * i]);
            y += Long.parseLong(t[2 + 2 * i]);
            c[i] = new Coordinate(x * UNIT, y * UNIT);
        }
        c[n] = new Coordinate(c[0]);
        return c;
    }
}

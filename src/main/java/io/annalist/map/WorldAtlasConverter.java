package io.annalist.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Converts Natural Earth's 1:50m country borders, as the npm package world-atlas carries them
 * (TopoJSON, {@code countries-50m.json}), into the bundled base map ({@link BaseMapFile}):
 * decodes the shared arcs into rings, cuts the rings that cross ±180°, names each shape by its
 * ISO 3166-1 alpha-2 code (from the numeric code, with the table of the npm package iso-3166),
 * and picks the point that stands for the whole country. Nothing else changes: borders stay
 * where Natural Earth draws them. Rerun with
 * {@code annalist import-world-atlas data/sources --out src/main/resources/io/annalist/map/countries-50m.txt}.
 */
public final class WorldAtlasConverter {
    /** The converted file's place among the resources. */
    public static final String RESOURCE = "/io/annalist/map/countries-50m.txt";
    private static final Pattern CODE = Pattern.compile("^\\s*'?(\\d+)'?:\\s*'([A-Z]{2})'", Pattern.MULTILINE);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Reads {@code sources/world-atlas/countries-50m.json} and {@code sources/iso-3166/1-n-to-1-a2.js}
     * and returns the base map's text.
     */
    public String convert(Path sources) throws IOException {
        Path atlas = sources.resolve("world-atlas").resolve("countries-50m.json");
        Path codes = sources.resolve("iso-3166").resolve("1-n-to-1-a2.js");
        Map<String, String> alpha2 = new HashMap<>();
        Matcher m = CODE.matcher(Files.readString(codes));
        while (m.find()) {
            alpha2.put(String.format("%03d", Integer.parseInt(m.group(1))), m.group(2));
        }
        JsonNode topo = mapper.readTree(atlas.toFile());
        double[] scale = {topo.path("transform").path("scale").get(0).asDouble(),
                topo.path("transform").path("scale").get(1).asDouble()};
        double[] translate = {topo.path("transform").path("translate").get(0).asDouble(),
                topo.path("transform").path("translate").get(1).asDouble()};
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.path("arcs")) {
            double[][] pts = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                pts[i] = new double[]{x * scale[0] + translate[0], y * scale[1] + translate[1]};
            }
            arcs.add(pts);
        }
        List<BaseMapFile.Entry> entries = new ArrayList<>();
        for (JsonNode g : topo.path("objects").path("countries").path("geometries")) {
            String numeric = g.hasNonNull("id") ? g.get("id").asText() : null;
            String name = g.path("properties").path("name").asText();
            List<BaseMapFile.Part> parts = new ArrayList<>();
            if (g.path("type").asText().equals("Polygon")) {
                parts.addAll(polygon(g.path("arcs"), arcs));
            } else if (g.path("type").asText().equals("MultiPolygon")) {
                for (JsonNode p : g.path("arcs")) {
                    parts.addAll(polygon(p, arcs));
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            double[] label = labelPoint(parts);
            entries.add(new BaseMapFile.Entry(numeric == null ? null : alpha2.get(numeric), numeric, name, label[0],
                    label[1], parts));
        }
        List<String> comments = List.of(
                "Country borders from Natural Earth (public domain), Admin 0 countries, 1:50m, version 4.1.0,",
                "as carried by the npm package world-atlas 2.0.2 (countries-50m.json, ISC licence).",
                "ISO 3166-1 alpha-2 codes from the npm package iso-3166 4.4.0 (MIT licence).",
                "Converted by Annalist's import-world-atlas command; see data/README.md. Do not edit by hand.");
        return BaseMapFile.write(comments, entries);
    }

    /** One TopoJSON polygon (a list of rings, each a list of arc indexes), cut at the antimeridian. */
    private static List<BaseMapFile.Part> polygon(JsonNode rings, List<double[][]> arcs) {
        List<Antimeridian.Ring> shells = new ArrayList<>();
        List<Antimeridian.Ring> holes = new ArrayList<>();
        boolean first = true;
        for (JsonNode ring : rings) {
            Antimeridian.Ring r = ring(ring, arcs);
            if (r.atPole()) {
                // TopoJSON is spherical: Antarctica's outer ring is a line along the pole and its coast a
                // ring round the pole. On a flat map the coast, closed through the pole, is the shape.
                first = false;
                continue;
            }
            boolean shell = first || Antimeridian.circlesPole(r);
            for (Antimeridian.Ring piece : Antimeridian.cut(r)) {
                Antimeridian.Ring rounded = rounded(piece);
                if (rounded != null) {
                    (shell ? shells : holes).add(rounded);
                }
            }
            first = false;
        }
        List<BaseMapFile.Part> parts = new ArrayList<>();
        for (Antimeridian.Ring s : shells) {
            List<Antimeridian.Ring> inside = new ArrayList<>();
            Polygon shell = GEOMETRY.createPolygon(linear(s));
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(shell);
            for (Antimeridian.Ring h : holes) {
                // A hole belongs to the piece of the outer ring that holds it.
                if (locator.locate(new Coordinate(h.lon()[0], h.lat()[0])) != Location.EXTERIOR) {
                    inside.add(h);
                }
            }
            parts.add(new BaseMapFile.Part(s, inside));
        }
        return parts;
    }

    private static Antimeridian.Ring ring(JsonNode indexes, List<double[][]> arcs) {
        List<double[]> pts = new ArrayList<>();
        for (JsonNode ix : indexes) {
            int i = ix.asInt();
            double[][] arc = arcs.get(i < 0 ? ~i : i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i < 0 ? arc.length - 1 - k : k];
                if (k == 0 && !pts.isEmpty()) {
                    continue;
                }
                pts.add(p);
            }
        }
        if (pts.size() > 1 && pts.get(0)[0] == pts.get(pts.size() - 1)[0]
                && pts.get(0)[1] == pts.get(pts.size() - 1)[1]) {
            pts.remove(pts.size() - 1);
        }
        double[] lon = new double[pts.size()];
        double[] lat = new double[pts.size()];
        for (int i = 0; i < lon.length; i++) {
            lon[i] = pts.get(i)[0];
            lat[i] = pts.get(i)[1];
        }
        return new Antimeridian.Ring(lon, lat);
    }

    /** The ring at the file's resolution, repeated points dropped; null when fewer than three are left. */
    private static Antimeridian.Ring rounded(Antimeridian.Ring r) {
        List<long[]> pts = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            long[] p = {Math.round(r.lon()[i] / BaseMapFile.UNIT), Math.round(r.lat()[i] / BaseMapFile.UNIT)};
            if (pts.isEmpty() || pts.get(pts.size() - 1)[0] != p[0] || pts.get(pts.size() - 1)[1] != p[1]) {
                pts.add(p);
            }
        }
        while (pts.size() > 1 && pts.get(0)[0] == pts.get(pts.size() - 1)[0]
                && pts.get(0)[1] == pts.get(pts.size() - 1)[1]) {
            pts.remove(pts.size() - 1);
        }
        if (pts.size() < 3) {
            return null;
        }
        double[] lon = new double[pts.size()];
        double[] lat = new double[pts.size()];
        for (int i = 0; i < lon.length; i++) {
            lon[i] = pts.get(i)[0] * BaseMapFile.UNIT;
            lat[i] = pts.get(i)[1] * BaseMapFile.UNIT;
        }
        return new Antimeridian.Ring(lon, lat);
    }

    private static LinearRing linear(Antimeridian.Ring r) {
        Coordinate[] c = new Coordinate[r.size() + 1];
        for (int i = 0; i < r.size(); i++) {
            c[i] = new Coordinate(r.lon()[i], r.lat()[i]);
        }
        c[r.size()] = new Coordinate(c[0]);
        return GEOMETRY.createLinearRing(c);
    }

    /**
     * The point a mark stands at for the whole country: the centre of its largest part when
     * that lies inside it, else a point JTS finds inside (for a crescent such as Chile's).
     * France's mark is thus in France, not between it and French Guiana.
     */
    private static double[] labelPoint(List<BaseMapFile.Part> parts) {
        Polygon largest = null;
        for (BaseMapFile.Part p : parts) {
            LinearRing[] holes = p.holes().stream().map(WorldAtlasConverter::linear).toArray(LinearRing[]::new);
            Polygon poly = GEOMETRY.createPolygon(linear(p.shell()), holes);
            if (largest == null || poly.getArea() > largest.getArea()) {
                largest = poly;
            }
        }
        Point c = largest.getCentroid();
        if (new IndexedPointInAreaLocator(largest).locate(c.getCoordinate()) != Location.INTERIOR) {
            Geometry inside = largest.getInteriorPoint();
            c = (Point) inside;
        }
        return new double[]{c.getY(), c.getX()};
    }

    /** Writes the base map's text to {@code out}. */
    public void convert(Path sources, Path out) throws IOException {
        Files.writeString(out, convert(sources), StandardCharsets.UTF_8);
    }
}

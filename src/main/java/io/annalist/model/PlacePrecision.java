package io.annalist.model;

import java.util.Locale;

/**
 * How precisely a source places an event, from the exact spot to "somewhere in this country".
 * Importers map their providers' codes onto these (UCDP's {@code where_prec}, GDELT's
 * {@code ActionGeo_Type}, ACLED's {@code geo_precision}); the README gives the table.
 */
public enum PlacePrecision {
    EXACT("the exact place", false),
    NEAR("near the named place", false),
    TOWN("the town or city", false),
    DISTRICT("somewhere in the district; the coordinates are its centre", true),
    PROVINCE("somewhere in the province or state; the coordinates are its centre", true),
    AREA("somewhere in a part of the country larger than a province", true),
    COUNTRY("somewhere in the country; the coordinates are its centre", true),
    WATER("at sea or in international airspace; the coordinates are estimated", true);

    private final String description;
    private final boolean area;

    PlacePrecision(String description, boolean area) {
        this.description = description;
        this.area = area;
    }

    /** The name used in event files: {@code province}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the precision means, in words: "somewhere in the country; the coordinates are its centre". */
    public String describe() {
        return description;
    }

    /** True when the place is an area (a district or coarser) rather than a point. */
    public boolean area() {
        return area;
    }

    private static final java.util.Map<String, PlacePrecision> BY_JSON = new java.util.HashMap<>();

    static {
        for (PlacePrecision v : values()) {
            BY_JSON.put(v.jsonName(), v);
        }
    }

    /** The precision named in a file, or null when the name is not one of ours. */
    public static PlacePrecision fromJson(String name) {
        return name == null ? null : BY_JSON.get(name);
    }
}

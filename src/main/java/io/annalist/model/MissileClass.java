package io.annalist.model;

/**
 * The class of a missile as analysts name it. {@code HGV} (hypersonic glide vehicle) is
 * here because the CNS database classes one missile so; {@code UNKNOWN} stays unknown.
 */
public enum MissileClass {
    SRBM, MRBM, IRBM, ICBM, SLBM, SLV, CRUISE, HGV, UNKNOWN;

    public String jsonName() {
        return this == CRUISE || this == UNKNOWN ? name().toLowerCase(java.util.Locale.ROOT) : name();
    }

    /** Case-insensitive; null when the name is not a class we know. */
    public static MissileClass fromJson(String name) {
        for (MissileClass c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }
}

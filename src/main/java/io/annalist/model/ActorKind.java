package io.annalist.model;

/** What sort of actor: a state, a person, an organization, a military unit, an agency or a news medium. */
public enum ActorKind {
    STATE, PERSON, ORGANIZATION, MILITARY_UNIT, AGENCY, MEDIA;

    /** The name used in event files: {@code military_unit}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind named in a file, or null when the name is not one of ours. */
    private static final java.util.Map<String, ActorKind> BY_JSON = new java.util.HashMap<>();

    static {
        for (ActorKind v : values()) {
            BY_JSON.put(v.jsonName(), v);
        }
    }

    public static ActorKind fromJson(String name) {
        return name == null ? null : BY_JSON.get(name);
    }
}

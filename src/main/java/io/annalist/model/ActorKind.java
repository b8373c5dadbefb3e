package io.annalist.model;

/** What sort of actor: a state, a person, an organization, a military unit, an agency or a news medium. */
public enum ActorKind {
    STATE, PERSON, ORGANIZATION, MILITARY_UNIT, AGENCY, MEDIA;

    /** The name used in event files: {@code military_unit}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind named in a file, or null when the name is not one of ours. */
    public static ActorKind fromJson(String name) {
        for (ActorKind k : values()) {
            if (k.jsonName().equals(name)) {
                return k;
            }
        }
        return null;
    }
}

package io.annalist.timeline;

/** How the timeline splits events into lanes: one per actor, one per kind, or a single lane. */
public enum LaneMode {
    ACTOR("By actor"), KIND("By kind"), NONE("Single lane");

    private final String label;

    LaneMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package io.annalist.editing;

/**
 * Something to tell the analyst about an override when it was applied to the data: its event
 * is no longer in the file (the override is kept, not dropped), the provider's value changed
 * since the analyst replaced it (the analyst's value still stands, the provider's new value is
 * shown), or the override no longer reads with the file (the file's event is shown instead).
 *
 * @param field the field concerned, or "" for the whole event
 */
public record OverrideNote(String eventId, Kind kind, String field, String message) {
    /** What happened to the override. */
    public enum Kind {
        /** The event the override is for is not in the data. */
        NOT_IN_DATA,
        /** The provider's value is no longer the one the analyst replaced. */
        PROVIDER_CHANGED,
        /** The override, applied to the file's event as it is now, breaks a rule of the reader. */
        NO_LONGER_VALID,
        /** An event added by the analyst has an id the file now uses too. */
        ID_TAKEN
    }
}

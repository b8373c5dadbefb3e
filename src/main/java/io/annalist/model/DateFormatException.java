package io.annalist.model;

/** A date that cannot be read; the message is a sentence for the analyst. */
public final class DateFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DateFormatException(String message) {
        super(message);
    }
}

package io.annalist.workspace;

/**
 * Tells the analyst something in the window's message bar: an export written, a file that
 * could not be read. Panes and actions take this instead of the window. FX thread.
 */
interface Notifier {
    /** Shows {@code text}, replacing what the bar said. */
    void show(String text);

    /**
     * Shows {@code text}, leaving the bar be when it already says exactly that: a file that
     * stays broken is often read twice (F5 and the file watcher), and the bar would otherwise
     * hide and slide in again for the same message.
     */
    void tell(String text);

    /** Takes the message away. */
    void hide();
}

package io.annalist.workspace;

import org.controlsfx.control.NotificationPane;

/** The {@link Notifier} of the window: ControlsFX's notification bar over the panes. FX thread. */
final class MessageBar implements Notifier {
    private final NotificationPane bar;

    MessageBar(NotificationPane bar) {
        this.bar = bar;
    }

    @Override
    public void show(String text) {
        bar.show(text);
    }

    @Override
    public void tell(String text) {
        if (!(bar.isShowing() && text.equals(bar.getText()))) {
            bar.show(text);
        }
    }

    @Override
    public void hide() {
        bar.hide();
    }
}

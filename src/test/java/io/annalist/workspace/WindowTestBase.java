package io.annalist.workspace;

import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A test of the whole window: a fresh window on the test's stage with preferences of its own,
 * put away after each test with no key held and nothing remembered.
 */
@org.junit.jupiter.api.Tag("toolkit")
abstract class WindowTestBase extends ApplicationTest {
    protected MainWindow window;
    protected Preferences node;

    @Override
    public void start(Stage stage) {
        WindowWaits.hideOthers(stage);
        node = Preferences.userRoot().node("io/annalist/test/" + UUID.randomUUID());
        window = new MainWindow(stage, new AppPreferences(node), url -> { });
        window.show();
    }

    @AfterEach
    void putAway() throws Exception {
        release(new KeyCode[0]);
        WindowWaits.putAway(window, node);
    }
}

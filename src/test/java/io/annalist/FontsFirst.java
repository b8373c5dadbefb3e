package io.annalist;

import io.annalist.export.BundledFonts;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts JavaFX headless and loads the bundled fonts before the first test: JavaFX falls back
 * on a loaded font only if it was loaded before any text was laid out, and tests share one
 * JVM in an order of their own.
 */
@org.junit.jupiter.api.Tag("toolkit")
public final class FontsFirst implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("testfx.headless")) {
            try {
                // Started the way TestFX starts it, so its robot and windows work as usual.
                org.testfx.api.FxToolkit.registerPrimaryStage();
                org.testfx.api.FxToolkit.setupFixture(BundledFonts::load);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("JavaFX did not start", e);
            }
        }
    }
}

package io.annalist.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Help → About data: where the bundled datasets come from, who made them and under which
 * terms, with the licence of the missile data in full — read from the jar, so the packaged
 * app shows it with no files beside it.
 */
final class AboutDataDialog extends Dialog<Void> {
    static final String ABOUT = "/io/annalist/data/ABOUT-DATA.txt";
    static final String LICENSE = "/io/annalist/data/cns-nk-missile-tests/LICENSE";

    AboutDataDialog(Window owner) {
        initOwner(owner);
        setTitle("About the bundled data");
        TextArea text = new TextArea(text());
        text.setId("aboutDataText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(30);
        getDialogPane().setContent(text);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
    }

    /** The attribution and the licence, or a sentence saying which is missing from this build. */
    static String text() {
        return read(ABOUT) + "\n\n---- Apache License 2.0 of nk-missile-tests ----\n\n" + read(LICENSE);
    }

    private static String read(String resource) {
        try (InputStream in = AboutDataDialog.class.getResourceAsStream(resource)) {
            return in == null ? "(" + resource + " is missing from this build)"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + resource + " could not be read: " + e.getMessage() + ")";
        }
    }
}

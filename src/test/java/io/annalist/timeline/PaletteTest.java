package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.model.EventKind;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kinds told apart without full colour vision: each theme's kind colours are simulated as
 * seen with deuteranopia and protanopia (Machado, Oliveira and Fernandes 2009, severity 1, in
 * linear RGB) and every two must stay apart in CIELAB by at least the distance given.
 */
@org.junit.jupiter.api.Tag("toolkit")
class PaletteTest {
    private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    private static final double[][] DEUTERANOPIA = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}};
    private static final double[][] PROTANOPIA = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}};

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void kindColoursStayApartUnderDeuteranopiaAndProtanopia() throws Exception {
        assertApart(HeadlessFx.call(() -> Palettes.fromCss(false)), 14, "light");
        assertApart(HeadlessFx.call(() -> Palettes.fromCss(true)), 9, "dark");
    }

    private static void assertApart(Palette p, double minDistance, String theme) {
        for (double[][] m : new double[][][]{NORMAL, DEUTERANOPIA, PROTANOPIA}) {
            List<double[]> labs = new ArrayList<>();
            List<EventKind> kinds = new ArrayList<>();
            for (EventKind k : EventKind.values()) {
                labs.add(lab(simulate(p.kind(k), m)));
                kinds.add(k);
            }
            for (int i = 0; i < labs.size(); i++) {
                for (int j = i + 1; j < labs.size(); j++) {
                    double d = distance(labs.get(i), labs.get(j));
                    assertTrue(d >= minDistance, theme + ": " + kinds.get(i) + " and " + kinds.get(j) + " are "
                            + String.format("%.1f", d) + " apart as seen " + (m == NORMAL ? "normally" : m
                            == DEUTERANOPIA ? "with deuteranopia" : "with protanopia"));
                }
            }
        }
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] simulate(Color c, double[][] m) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]));
        }
        return out;
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[]{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}

package io.annalist;

/** Lets tests in other packages ask the launcher how it would treat arguments. */
public final class AnnalistLauncherAccess {
    private AnnalistLauncherAccess() {
    }

    public static boolean opensWindow(String... args) {
        return Annalist.opensWindow(args);
    }
}

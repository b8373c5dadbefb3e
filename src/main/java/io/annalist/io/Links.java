package io.annalist.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one rule for links from files: only absolute http and https links are kept and opened. */
public final class Links {
    private Links() {
    }

    /** Null when {@code url} is an absolute http(s) link; otherwise why it is refused. */
    public static String whyNotWebLink(String url) {
        if (url == null || url.isBlank()) {
            return "the link is empty";
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "link \"" + url + "\" is not an http(s) link; only http and https links are allowed";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "link \"" + url + "\" has no host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "link \"" + url + "\" is not a valid address: " + e.getReason();
        }
    }

    public static boolean isWebLink(String url) {
        return whyNotWebLink(url) == null;
    }
}

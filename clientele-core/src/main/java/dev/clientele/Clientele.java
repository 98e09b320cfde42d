package dev.clientele;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of Clientele. */
public final class Clientele {
    private static final String VERSION = load();

    private Clientele() {
    }

    /** The Maven project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Clientele.class.getResourceAsStream("clientele.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

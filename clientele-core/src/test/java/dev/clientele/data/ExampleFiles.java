package dev.clientele.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helper: finds the bundled demo files in the repository's {@code examples/} directory, whatever
 * module directory the tests run from. Shared with other modules through the core test-jar.
 */
public final class ExampleFiles {
    public static final String TELCO = "telco_churn.csv";
    public static final String CDNOW = "cdnow_master.txt";
    public static final String IRIS = "iris.csv";

    private ExampleFiles() {
    }

    /** The path of {@code examples/NAME}, searched upwards from the working directory. */
    public static Path path(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    public static Path telco() {
        return path(TELCO);
    }

    public static Path cdnow() {
        return path(CDNOW);
    }
}

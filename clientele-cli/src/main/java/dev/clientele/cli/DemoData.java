package dev.clientele.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo data files bundled in the jar (copied from {@code examples/} at build time), extracted to a
 * temporary directory on first use so that {@code clientele demo} runs from any working directory.
 */
final class DemoData {
    static final String TELCO = "telco_churn.csv";
    static final String CDNOW = "cdnow_master.txt";

    private DemoData() {
    }

    /** The extracted file; the directory is removed when the JVM exits. */
    static Path file(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo file " + name + " is not bundled in this build");
            }
            Path dir = Files.createTempDirectory("clientele-demo-");
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot extract demo file " + name + ": " + e.getMessage(), e);
        }
    }
}

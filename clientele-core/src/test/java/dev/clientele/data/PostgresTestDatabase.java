package dev.clientele.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper: the PostgreSQL database that {@code .ci/postgres.sh} prepares (table {@code telco} holding
 * {@code examples/telco_churn.csv}). Its JDBC URL comes from {@code CLIENTELE_TEST_PG_URL} (set by
 * {@code .ci/run}), else the script's defaults. When the database cannot be reached the calling test is
 * skipped with a message saying how to start it, except under {@code CI=true}, where it fails.
 */
public final class PostgresTestDatabase {
    /** What {@code .ci/postgres.sh} sets up. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/clientele?user=clientele&password=clientele";

    private PostgresTestDatabase() {
    }

    private static String probed;
    private static String problem;
    private static boolean told;

    /**
     * The JDBC URL of a reachable test database; skips the calling test otherwise (call it from each test
     * or a {@code @BeforeEach} so every test is reported as skipped), or fails it under {@code CI=true}.
     * The database is probed once per JVM.
     */
    public static synchronized String url() {
        String url = System.getenv("CLIENTELE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            url = DEFAULT_URL;
        }
        if (!url.equals(probed)) {
            probed = url;
            problem = probe(url);
        }
        if (problem != null) {
            String msg = "PostgreSQL test database unreachable at " + DataSource.sanitize(url) + " (" + problem
                    + "); start it with `sudo .ci/postgres.sh` or set CLIENTELE_TEST_PG_URL";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true: " + msg);
            }
            if (!told) {
                told = true;
                System.err.println("SKIPPED PostgreSQL tests: " + msg);
            }
            Assumptions.abort(msg);
        }
        return url;
    }

    /** {@code null} when a connection succeeds and table {@code telco} exists, else the reason. */
    private static String probe(String url) {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection(url, props);
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM telco")) {
            rs.next();
            return null;
        } catch (SQLException e) {
            return DataSource.sanitize(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }
}

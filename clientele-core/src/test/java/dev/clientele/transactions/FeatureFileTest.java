package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.data.DataException;
import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features written straight from the SQL engine read back as the same table the in-memory path gives. */
@Tag("slow")
class FeatureFileTest {
    @TempDir
    Path dir;

    private static TransactionOptions options() {
        return TransactionOptions.of("customer_id", "date", "dollar_value", LocalDate.of(1997, 9, 30))
                .withQuantity("number_of_cds").withHorizonDays(270)
                .withCutoffs(List.of(LocalDate.of(1997, 3, 31), LocalDate.of(1997, 9, 30), LocalDate.of(1998, 3, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"features.csv", "features.tsv", "features.parquet"})
    void written_files_hold_the_computed_table(String name) {
        Path out = dir.resolve(name);
        FeatureFile file = TransactionFeatures.write(DataSource.of(Fixtures.cdnow()), options(), out);
        Table expected = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()), options()).table();
        Table got = TableReader.read(DataSource.of(out));
        assertThat(file.rows()).isEqualTo(expected.rowCount());
        assertThat(file.columns()).isEqualTo(expected.columnNames()).isEqualTo(got.columnNames());
        assertThat(file.describe()).contains("as of 1998-03-31").contains("unlabelled");
        for (String col : expected.columnNames()) {
            for (int i = 0; i < expected.rowCount(); i++) {
                assertThat(got.column(col).text(i)).as("%s row %d", col, i).isEqualTo(expected.column(col).text(i));
            }
        }
    }

    @Test
    void an_unknown_extension_is_refused_before_any_work() {
        Path out = dir.resolve("features.xlsx");
        assertThatThrownBy(() -> TransactionFeatures.write(DataSource.of(dir.resolve("missing.csv")), options(), out))
                .isInstanceOf(DataException.class)
                .hasMessage(out + ": unknown output format; use a .csv, .tsv or .parquet file name");
        assertThat(Files.exists(out)).isFalse();
    }
}

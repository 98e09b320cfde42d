package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.churn.ChurnModel;
import dev.clientele.churn.ChurnTrainer;
import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class ChurnDemoTest {

    @Test
    void prints_candidates_metrics_drivers_and_scored_customers_for_the_telco_data() {
        Table telco = TableReader.read(DataSource.of(DemoData.file(DemoData.TELCO)));
        StringWriter text = new StringWriter();
        ChurnTrainer.Result r = ChurnDemo.run(telco, "churn", new PrintWriter(text));
        try (ChurnModel m = r.model()) {
            String out = text.toString();
            assertThat(out).contains("logistic  CV ROC AUC 0.8", "gbm       CV ROC AUC 0.8", "chosen: ",
                    "5-fold CV on 5,634 customers, test split of 1,409", "top churn drivers",
                    "highest-risk customers, with the reasons behind their scores:");
            assertThat(out.lines().filter(l -> l.matches("  row \\d+ +p=0\\.\\d\\d  .+=.+ \\([+-]\\d\\.\\d\\d\\).*")))
                    .hasSize(5);
            assertThat(r.evaluation().cvMean().get("rocAuc")).isGreaterThan(0.84);
        }
    }
}

package dev.clientele.cli;

import dev.clientele.data.DataSource;
import dev.clientele.data.SchemaInference;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.transactions.FeatureSet;
import dev.clientele.transactions.RfmScoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clientele demo}: the whole product on bundled data. Without options: the IBM Telco customer
 * table (inspect, churn model with reasons, segments with churn rates and revenue at risk). With
 * {@code --transactions}: the CDNOW purchase log (features and churn labels as of a cutoff, a churn model
 * on them, RFM segments).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main flow on bundled demo data (Telco, or CDNOW with --transactions).",
                "  default         IBM Telco customer table (7,043 customers): inspect, churn model, segments",
                "  --transactions  CDNOW purchase log (69,659 purchases): features, churn model, RFM segments"},
        footer = {"%nExamples:", "  clientele demo", "  clientele demo --transactions"})
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--transactions", description = "Run the transaction-log demo (CDNOW) instead.")
    boolean transactions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (transactions) {
            transactionsDemo(out);
        } else {
            customerTableDemo(out);
        }
        out.flush();
        return 0;
    }

    private static void customerTableDemo(PrintWriter out) {
        Path telco = DemoData.file(DemoData.TELCO);
        Log.info("demo: IBM Telco customer churn (modeldata 1.1.0, MIT licence), bundled as examples/" + DemoData.TELCO);
        out.println("== 1. What is in the data (clientele inspect) ==");
        Table table = TableReader.read(DataSource.of(telco));
        out.print(InspectCommand.render(table, SchemaInference.profile(table)).replace(telco.toString(), DemoData.TELCO));
        out.println();
        churnSection(out, "Churn model", table, SegmentDemo.TARGET);
        SegmentDemo.print(out, telco, 3);
    }

    private static void transactionsDemo(PrintWriter out) {
        Path cdnow = DemoData.file(DemoData.CDNOW);
        Log.info("demo: CDNOW purchase log (Fader, Hardie and Lee 2005; lifetimes, MIT licence), bundled as examples/"
                + DemoData.CDNOW);
        out.printf(Locale.ROOT, "== 1. Customer features from the purchase log (clientele features --cutoff %s "
                + "--horizon %dd) ==%n", FeaturesCommand.CDNOW_CUTOFF, FeaturesCommand.CDNOW_HORIZON_DAYS);
        FeatureSet features = FeaturesCommand.cdnow(cdnow);
        out.print(features.describe().replace(cdnow.toString(), DemoData.CDNOW));
        Table table = features.table();
        out.print(InspectCommand.render(table, SchemaInference.profile(table)).replaceFirst("^[^:]*:", "features:"));
        out.println();
        churnSection(out, "Churn model on the features", table, RfmScoring.CHURNED);
        out.println("== 3. RFM segments (clientele segment --rfm) ==");
        out.print(RfmScoring.score(table).render());
    }

    /** Section 2 of both demos: the churn model trained and summarised as {@code churn train} prints it. */
    private static void churnSection(PrintWriter out, String title, Table table, String target) {
        out.println("== 2. " + title + " (clientele churn train --target " + target + ") ==");
        out.flush();
        ChurnDemo.run(table, target, out).model().close();
        out.println();
    }
}

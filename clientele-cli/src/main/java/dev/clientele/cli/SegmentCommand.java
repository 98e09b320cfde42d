package dev.clientele.cli;

import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.features.Scaling;
import dev.clientele.segment.KRange;
import dev.clientele.transactions.RfmResult;
import dev.clientele.transactions.RfmScoring;
import dev.clientele.segment.SegmentationOptions;
import dev.clientele.segment.SilhouetteSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clientele segment}: find, fit, profile and save customer segments. */
@Command(name = "segment", mixinStandardHelpOptions = true, subcommands = SegmentAssignCommand.class,
        modelTransformer = SegmentCommand.RequiredUnlessSubcommand.class,
        description = {"Segment customers with K-Means: fit the given configuration, or search features x scalers x k "
                + "(--search), rejecting degenerate solutions and preferring stable ones; profile and name the segments.",
                "Writes DIR/segments.csv, profile.json, metrics.json, search.json and the model bundle DIR/model."},
        footer = {"%nExamples:",
                "  clientele segment --data customers.csv --search --target churn --value monthly_charges --out seg",
                "  clientele segment --data customers.csv --features tenure,spend --k 4 --scaler robust --out seg",
                "  clientele segment assign --model seg/model --data new.csv --out new_segments.csv"})
final class SegmentCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--id", paramLabel = "COL", description = "Id column, copied to segments.csv (default: row numbers).")
    String id;

    @Option(names = "--features", split = ",", paramLabel = "COLS",
            description = "Columns to segment on (text columns are one-hot encoded). Default: every numeric column "
                    + "with more than two values, except ids, the target and columns missing in more than 10%% of rows "
                    + "(unless --impute); with --search, the candidates.")
    List<String> features = new ArrayList<>();

    @Option(names = "--k", paramLabel = "K|LOW..HIGH", description = "Number of segments, or a range to choose from "
            + "by silhouette (default 2..10).")
    String k = "2..10";

    @Option(names = "--scaler", paramLabel = "NAME", description = "standard, robust, minmax, log-standard, none or "
            + "auto (tries the first four; default: standard, auto with --search).")
    String scaler;

    @Option(names = "--n-init", paramLabel = "N", description = "K-Means restarts of the final fit (default 10).")
    int nInit = 10;

    @Option(names = "--silhouette", paramLabel = "MODE", description = "exact, sampled:N, squared, simplified or auto "
            + "(default: exact up to " + SilhouetteSpec.EXACT_LIMIT + " rows, sampled:" + SilhouetteSpec.DEFAULT_SAMPLE + " above).")
    String silhouette = "auto";

    @Option(names = "--search", description = "Also search feature subsets (forward selection).")
    boolean search;

    @Option(names = "--one-hot", description = "With --search and no --features: also offer text and two-valued columns, one-hot encoded.")
    boolean oneHot;

    @Option(names = "--min-features", paramLabel = "N", description = "With --search: reject configurations with fewer features (default 2).")
    int minFeatures = 2;

    @Option(names = "--max-features", paramLabel = "N", description = "With --search: stop adding features here (default 8).")
    int maxFeatures = 8;

    @Option(names = "--min-share", paramLabel = "FRACTION", description = "Reject configurations with a segment under this share of rows (default 0.02).")
    double minShare = 0.02;

    @Option(names = "--target", paramLabel = "COL", description = "Churn column (two-valued, or probabilities) for the churn rate per segment.")
    String target;

    @Option(names = "--churn-model", paramLabel = "DIR", description = "A model from 'clientele churn train': the mean "
            + "churn probability per segment (and value at risk) instead of a --target column.")
    Path churnModel;

    @Option(names = "--positive", paramLabel = "VALUE", description = "The --target value that means churn (default: inferred, e.g. Yes or 1).")
    String positive;

    @Option(names = "--value", paramLabel = "COL", description = "Monetary column: value at risk = sum of value x churn per segment.")
    String value;

    @Option(names = "--rfm", description = "Also show classic RFM segments (quintile scores of recency, frequency and "
            + "monetary value, as 'clientele features' writes them) next to the K-Means segments, with churn rates.")
    boolean rfm;

    @Option(names = "--rfm-columns", split = ",", paramLabel = "R,F,M",
            description = "Recency, frequency and monetary columns for --rfm (default recency_days,frequency,monetary_total).")
    List<String> rfmColumns = new ArrayList<>();

    @Option(names = "--impute", description = "Fill missing feature values with the median instead of dropping the rows.")
    boolean impute;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default 42).")
    long seed = 42;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (required).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String required : RequiredUnlessSubcommand.OPTIONS) {
            if (!spec.commandLine().getParseResult().hasMatchedOption(required)) {
                CommandLine.Model.OptionSpec o = spec.findOption(required);
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Missing required option: '" + required + "=" + o.paramLabel() + "'");
            }
        }
        checkOutDirectory(out);
        PrintWriter pw = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Table table = TableReader.read(data.source());
        double load = (System.nanoTime() - t0) / 1e9;
        OptionChecks.column(table, "--id", id);
        OptionChecks.columns(table, "--features", features);
        OptionChecks.column(table, "--target", target);
        OptionChecks.column(table, "--value", value);
        OptionChecks.columns(table, "--rfm-columns", rfmColumns);
        boolean withRfm = rfm || !rfmColumns.isEmpty();
        if (withRfm && target == null && churnModel == null && table.has(RfmScoring.CHURNED)) {
            target = RfmScoring.CHURNED;
            Log.info("--rfm: churn rates from the '" + target + "' column (give --target or --churn-model for another)");
        }
        SegmentationOptions o = options();
        SegmentRun.Request req = new SegmentRun.Request(table, o, id, target, positive, value, churnModel);
        Log.info(String.format(Locale.ROOT, "segment: %s, %,d rows; %s", table.source(), table.rowCount(), plan(o)));
        RfmResult rfmScores = withRfm ? SegmentRfm.score(table, rfmColumns) : null;
        SegmentRun.Result res = SegmentRun.run(req, CliProgress.forTerminal());
        res.search().warnings().forEach(Log::warn);
        print(pw, res);
        if (rfmScores != null) {
            pw.println();
            pw.print(SegmentRfm.render(rfmScores, rfmColumns, res.outcome(), res.assignment(), res.model().names()));
            pw.flush();
        }
        Map<String, Double> extra = new LinkedHashMap<>();
        extra.put("load", load);
        SegmentRun.write(req, res, out, extra, rfmScores == null ? List.of() : rfmScores.scores().columns());
        extra.put("total", (System.nanoTime() - t0) / 1e9);
        Log.info(String.format(Locale.ROOT, "wrote %s/{segments.csv, profile.json, metrics.json, search.json, model/} in %.1f s",
                out, extra.get("total")));
        return 0;
    }

    /** Fails before any work when {@code out}, or a folder above it, is an existing file: nothing could be written. */
    static void checkOutDirectory(Path out) {
        for (Path p = out; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new Errors.UsageException("--out must be a directory, but " + p + " is a file; give a new or "
                            + "existing directory for segments.csv, profile.json, metrics.json, search.json and model/");
                }
                return;
            }
        }
    }

    /**
     * Makes {@code --data} and {@code --out} optional for picocli, which would otherwise demand them before
     * {@code segment assign} too; {@link #call()} checks them when {@code segment} itself runs.
     */
    static final class RequiredUnlessSubcommand implements CommandLine.IModelTransformer {
        static final List<String> OPTIONS = List.of("--data", "--out");

        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec command) {
            for (String name : OPTIONS) {
                CommandLine.Model.OptionSpec o = command.findOption(name);
                command.remove(o);
                command.addOption(o.toBuilder().required(false).build());
            }
            return command;
        }
    }

    static void print(PrintWriter pw, SegmentRun.Result res) {
        pw.print(SegmentReport.chosen(res.search()));
        pw.println();
        if (res.search().leaderboard().size() > 1) {
            pw.print(SegmentReport.leaderboard(res.search()));
            pw.println();
        }
        pw.print(SegmentReport.profiles(res.profiles()));
        pw.flush();
    }

    SegmentationOptions options() {
        List<String> exclude = new ArrayList<>();
        if (id != null) {
            exclude.add(id);
        }
        if (target != null) {
            exclude.add(target);
        }
        List<Scaling> scalers = scaler == null ? (search ? SegmentationOptions.AUTO_SCALERS : List.of(Scaling.STANDARD))
                : scaler.trim().equalsIgnoreCase("auto") ? SegmentationOptions.AUTO_SCALERS : List.of(scaler(scaler));
        if (target != null && churnModel != null) {
            throw new Errors.UsageException("give --target or --churn-model, not both");
        }
        if (positive != null && target == null) {
            throw new Errors.UsageException("--positive needs --target COL");
        }
        if (value != null && target == null && churnModel == null) {
            throw new Errors.UsageException("--value needs --target COL or --churn-model DIR (value at risk = value x churn)");
        }
        if (oneHot && !search) {
            throw new Errors.UsageException("--one-hot needs --search (name text columns in --features to encode them)");
        }
        return new SegmentationOptions(features, oneHot, exclude, scalers, KRange.parse(k), nInit,
                SilhouetteSpec.parse(silhouette), seed, impute, search, minFeatures, Math.max(minFeatures, maxFeatures),
                minShare, threads);
    }

    /** One scaler by name; the message lists every accepted value, {@code auto} included. */
    private static Scaling scaler(String name) {
        try {
            return Scaling.parse(name);
        } catch (IllegalArgumentException e) {
            throw new Errors.UsageException("unknown --scaler '" + name + "'; use standard, robust, minmax, log-standard, "
                    + "none or auto");
        }
    }

    private static String plan(SegmentationOptions o) {
        String sil = o.silhouette().automatic() ? "silhouette exact up to " + SilhouetteSpec.EXACT_LIMIT + " rows, sampled above"
                : "silhouette " + o.silhouette().label();
        return (o.search() ? "searching feature subsets, " : "") + "k " + o.k() + ", scaler "
                + String.join("/", o.scalers().stream().map(Scaling::label).toList()) + ", " + sil;
    }
}

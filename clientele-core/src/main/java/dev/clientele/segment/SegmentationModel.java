package dev.clientele.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.bundle.BundleException;
import dev.clientele.bundle.Manifest;
import dev.clientele.bundle.ModelBundle;
import dev.clientele.data.DataFingerprint;
import dev.clientele.data.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A fitted segmentation: the feature space (columns, imputation, scalers), {@code k} centroids in that
 * space, a name per segment and the provenance of the fit. Immutable. A row belongs to the segment of the
 * nearest centroid (squared Euclidean distance, ties to the lower segment), exactly as in the final
 * Lloyd step of the fit, so assigning the training rows reproduces the training labels.
 *
 * <p>Segments are numbered by size, largest first, on the training data.
 */
public final class SegmentationModel {
    /** The bundle kind of a segmentation model. */
    public static final String KIND = "segmentation-model";
    static final String FILE = "segmentation.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Where a model came from.
     *
     * @param seed      the trainer's seed
     * @param options   the options of the run, flat
     * @param data      fingerprint of the training table
     * @param trainedAt ISO-8601 instant, or {@code null} before the model is saved
     */
    public record Provenance(long seed, Map<String, Object> options, DataFingerprint data, String trainedAt) {
        public Provenance {
            options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        }
    }

    private final FeatureSpace space;
    private final int k;
    private final double[] centroids;
    private final List<String> names;
    private final Provenance provenance;

    /**
     * @param centroids row-major {@code k * space.dimension()}, in the scaled space; copied
     * @param names     one per segment
     */
    public SegmentationModel(FeatureSpace space, int k, double[] centroids, List<String> names, Provenance provenance) {
        if (centroids.length != k * space.dimension()) {
            throw new IllegalArgumentException("centroids length " + centroids.length + " != k * d = " + k * space.dimension());
        }
        if (names.size() != k) {
            throw new IllegalArgumentException("expected " + k + " segment names, got " + names.size());
        }
        this.space = space;
        this.k = k;
        this.centroids = centroids.clone();
        this.names = List.copyOf(names);
        this.provenance = provenance;
    }

    public FeatureSpace space() {
        return space;
    }

    public int k() {
        return k;
    }

    /** A copy of the centroids, row-major {@code k * d}, in the scaled space. */
    public double[] centroids() {
        return centroids.clone();
    }

    public List<String> names() {
        return names;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The same model with other segment names. */
    public SegmentationModel withNames(List<String> newNames) {
        return new SegmentationModel(space, k, centroids, newNames, provenance);
    }

    /** Puts every row of {@code table} into the segment of its nearest centroid. */
    public Assignment assign(Table table) {
        FeatureSpace.Encoded e = space.encode(table);
        int[] labels = new int[e.n()];
        double[] d2 = new double[e.n()];
        nearest(e.x(), e.n(), e.d(), centroids, k, labels, d2);
        int[] seg = new int[table.rowCount()];
        double[] dist = new double[table.rowCount()];
        Arrays.fill(seg, -1);
        Arrays.fill(dist, Double.NaN);
        for (int r = 0; r < e.n(); r++) {
            seg[e.rows()[r]] = labels[r];
            dist[e.rows()[r]] = Math.sqrt(d2[r]);
        }
        return new Assignment(seg, dist, e.incomplete(), e.unseen());
    }

    /**
     * The nearest centroid of each point (squared Euclidean distance, ties to the lower index) and that
     * squared distance. The one rule by which both training and {@link #assign} label points.
     */
    static void nearest(double[] x, int n, int d, double[] centroids, int k, int[] labels, double[] dist2) {
        for (int r = 0; r < n; r++) {
            int best = 0;
            double bd = Double.POSITIVE_INFINITY;
            for (int l = 0; l < k; l++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = x[r * d + j] - centroids[l * d + j];
                    s += t * t;
                }
                if (s < bd) {
                    bd = s;
                    best = l;
                }
            }
            labels[r] = best;
            dist2[r] = bd;
        }
    }

    /** The model as JSON: {@code {"k", "space", "centroids": [[...]], "names"}}. */
    public JsonNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("k", k);
        root.set("space", space.toJson());
        ArrayNode cs = root.putArray("centroids");
        int d = space.dimension();
        for (int l = 0; l < k; l++) {
            ArrayNode row = cs.addArray();
            for (int j = 0; j < d; j++) {
                row.add(centroids[l * d + j]);
            }
        }
        ArrayNode ns = root.putArray("names");
        names.forEach(ns::add);
        return root;
    }

    /**
     * Writes the model as a bundle of kind {@value #KIND} (directory or .zip), atomically.
     *
     * @param metrics quality figures to record in the manifest
     */
    public Manifest save(Path target, JsonNode metrics) {
        ObjectNode options = JSON.valueToTree(provenance.options());
        try {
            byte[] body = JSON.writeValueAsBytes(toJson());
            return ModelBundle.write(target, KIND, provenance.seed(), provenance.data(), options, metrics,
                    space.columns(), Map.of(FILE, body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses a path that holds no bundle with a segmentation's wording: the model is the {@code model} folder
     * of a {@code clientele segment} output, and naming that output folder itself is a likely slip.
     */
    private static void checkLocation(Path location) {
        String where = "give the model directory of a segmentation: 'clientele segment ... --out DIR' writes it to DIR/model";
        if (!Files.exists(location)) {
            throw new BundleException(location.toString(), "no segmentation model here (path not found); " + where);
        }
        if (Files.isDirectory(location) && !Files.exists(location.resolve(ModelBundle.MANIFEST))) {
            Path inner = location.resolve("model");
            String hint = Files.exists(inner.resolve(ModelBundle.MANIFEST)) ? "; did you mean --model " + inner + "?" : "";
            throw new BundleException(location.toString(), "not a Clientele model bundle (no " + ModelBundle.MANIFEST
                    + "); " + where + hint);
        }
    }

    /**
     * Reads a bundle written by {@link #save}.
     *
     * @throws BundleException when the path holds no valid segmentation bundle
     */
    public static SegmentationModel load(Path location) {
        checkLocation(location);
        ModelBundle.Loaded b = ModelBundle.read(location, KIND);
        JsonNode root = b.json(FILE);
        try {
            FeatureSpace space = FeatureSpace.fromJson(root.path("space"));
            int k = root.path("k").asInt();
            int d = space.dimension();
            double[] c = new double[k * d];
            List<String> names = new ArrayList<>();
            for (int l = 0; l < k; l++) {
                for (int j = 0; j < d; j++) {
                    c[l * d + j] = root.path("centroids").path(l).path(j).asDouble();
                }
                names.add(root.path("names").path(l).asText());
            }
            Manifest m = b.manifest();
            Map<String, Object> options = JSON.convertValue(m.options(), JSON.getTypeFactory()
                    .constructMapType(java.util.LinkedHashMap.class, String.class, Object.class));
            DataFingerprint data = new DataFingerprint(m.data().path("rows").asInt(), m.data().path("sha256").asText(),
                    JSON.convertValue(m.data().path("schema"), JSON.getTypeFactory()
                            .constructMapType(java.util.LinkedHashMap.class, String.class, String.class)));
            return new SegmentationModel(space, k, c, names, new Provenance(m.seed(), options, data, m.createdAt()));
        } catch (IllegalArgumentException e) {
            throw new BundleException(location.toString(), "segmentation.json is inconsistent: " + e.getMessage()
                    + "; retrain or restore the bundle");
        }
    }
}

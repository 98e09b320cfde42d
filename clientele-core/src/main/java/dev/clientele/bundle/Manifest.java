package dev.clientele.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of {@code manifest.json}.
 *
 * @param formatVersion    bundle layout version; readers refuse versions above {@link ModelBundle#FORMAT_VERSION}
 * @param kind             what the bundle holds, e.g. {@code churn-model} or {@code segmentation-model}
 * @param clienteleVersion the Clientele version that wrote it
 * @param createdAt        ISO-8601 instant
 * @param seed             the trainer's seed
 * @param data             training data: {@code {"rows", "sha256", "schema": {name: type}}}
 * @param options          the trainer's options, as flat JSON
 * @param metrics          evaluation results (may be empty)
 * @param features         the model's input columns, in order
 * @param files            file name to lower-case hex SHA-256, for every file besides the manifest (kept in name order)
 */
public record Manifest(int formatVersion, String kind, String clienteleVersion, String createdAt, long seed,
                       JsonNode data, JsonNode options, JsonNode metrics, List<String> features,
                       Map<String, String> files) {

    public Manifest {
        features = List.copyOf(features);
        files = Collections.unmodifiableMap(new TreeMap<>(files)); // name order: the same model, the same manifest
        data = data == null ? JsonNodeFactory.instance.objectNode() : data;
        options = options == null ? JsonNodeFactory.instance.objectNode() : options;
        metrics = metrics == null ? JsonNodeFactory.instance.objectNode() : metrics;
    }

    /** An empty JSON object, for callers building {@code options} or {@code metrics}. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}

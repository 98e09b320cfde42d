package dev.clientele.features;

import dev.clientele.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The features a model computes from its input table before encoding: user-declared SQL
 * {@link DerivedFeature}s (evaluated by DuckDB) followed by kept {@link AutoFeature}s (computed in Java).
 * Applied the same way at training and scoring.
 *
 * @param derived user-declared features, in declaration order
 * @param auto    automatic features kept by the trainer
 */
public record FeatureSpec(List<DerivedFeature> derived, List<AutoFeature> auto) {
    public static final FeatureSpec NONE = new FeatureSpec(List.of(), List.of());

    public FeatureSpec {
        derived = List.copyOf(derived);
        auto = List.copyOf(auto);
    }

    /** This spec with more automatic features. */
    public FeatureSpec withAuto(List<AutoFeature> more) {
        List<AutoFeature> all = new ArrayList<>(auto);
        all.addAll(more);
        return new FeatureSpec(derived, all);
    }

    /** Names of the columns this spec adds. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        derived.forEach(d -> n.add(d.name()));
        auto.forEach(a -> n.add(a.name()));
        return n;
    }

    /**
     * The table with the derived and automatic columns added.
     *
     * @param hidden columns SQL expressions may not read (the target)
     */
    public Table apply(Table table, List<String> hidden) {
        Table out = DerivedFeatures.apply(table, derived, hidden);
        for (AutoFeature a : auto) {
            out = out.with(a.compute(out));
        }
        return out;
    }
}

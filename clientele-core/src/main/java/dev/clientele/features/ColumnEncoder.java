package dev.clientele.features;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The fitted encoding of one input column into model inputs, in two views: the <em>linear</em> view
 * (imputed, standardised, one-hot with rare levels pooled, optional missing indicator) and the <em>tree</em>
 * view (raw numbers with NaN for missing, one-hot with NaN for missing; boosted trees learn where missing
 * rows go).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = NumericEncoder.class, name = "numeric"),
        @JsonSubTypes.Type(value = CategoricalEncoder.class, name = "categorical")})
public sealed interface ColumnEncoder permits NumericEncoder, CategoricalEncoder {

    /** The input column's name. */
    String column();

    /** Names of the linear-view outputs, in order. */
    List<String> linearNames();

    /** Names of the tree-view outputs, in order. */
    List<String> treeNames();

    /** Suffix of a missing-indicator output. */
    String MISSING_SUFFIX = " (missing)";
}

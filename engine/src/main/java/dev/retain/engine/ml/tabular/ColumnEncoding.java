package dev.retain.engine.ml.tabular;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** How one CSV column becomes model features; saved with the model so scoring encodes identically. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ColumnEncoding.Numeric.class, name = "numeric"),
        @JsonSubTypes.Type(value = ColumnEncoding.YesNo.class, name = "yes_no"),
        @JsonSubTypes.Type(value = ColumnEncoding.OneHot.class, name = "one_hot")})
public sealed interface ColumnEncoding {

    /** The CSV column's name. */
    String column();

    /** The features it makes, in order. */
    List<String> features();

    /** Every cell a number; blanks and stray non-numbers are missing (NaN). */
    record Numeric(String column, String feature) implements ColumnEncoding {
        @Override
        public List<String> features() {
            return List.of(feature);
        }
    }

    /** yes/no, true/false or y/n (any case): 1 for {@code yes}, 0 for the other, missing when blank. */
    record YesNo(String column, String yes, String feature) implements ColumnEncoding {
        @Override
        public List<String> features() {
            return List.of(feature);
        }
    }

    /**
     * One 0/1 feature per kept level ({@link TabularEncoding#BLANK} for a blank cell); levels
     * too rare to keep, and at scoring levels never seen, set {@code otherFeature} (when the
     * training data had rare levels) or no feature at all.
     */
    record OneHot(String column, List<String> levels, List<String> levelFeatures, String otherFeature) implements ColumnEncoding {
        public OneHot {
            levels = List.copyOf(levels);
            levelFeatures = List.copyOf(levelFeatures);
        }

        @Override
        public List<String> features() {
            if (otherFeature == null) return levelFeatures;
            List<String> all = new java.util.ArrayList<>(levelFeatures);
            all.add(otherFeature);
            return all;
        }
    }
}

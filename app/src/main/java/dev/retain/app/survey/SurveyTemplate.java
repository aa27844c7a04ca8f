package dev.retain.app.survey;

import java.util.List;
import java.util.Locale;

/** A questionnaire: its items in order, the scale of the expectation and perception items (1..scaleMax). */
public record SurveyTemplate(String code, String nameZh, String nameEn, int scaleMax, List<Item> items) {

    /** One question; {@code dimension} null for NPS and "knows the manager". */
    public record Item(int position, String kind, Dimension dimension, String textZh, String textEn) {
        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? textEn : textZh;
        }

        /** The form field's name: {@code expectation_attitude}, …, {@code nps}, {@code knows_manager}. */
        public String field() {
            return dimension == null ? kind : kind + "_" + dimension.code();
        }
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public List<Integer> scale() {
        return java.util.stream.IntStream.rangeClosed(1, scaleMax).boxed().toList();
    }
}

package dev.retain.app.survey;

import java.util.EnumMap;
import java.util.Map;

/**
 * One customer's answers: expectation and perception per dimension (all six), NPS 0..10, whether they know their
 * customer manager. {@link #fromForm} reads the form's fields and refuses anything missing or out of range.
 */
public record SurveyAnswers(Map<Dimension, Integer> expectation, Map<Dimension, Integer> perception, int nps, boolean knowsManager) {

    public SurveyAnswers {
        expectation = Map.copyOf(expectation);
        perception = Map.copyOf(perception);
    }

    /** The fields as posted ({@code expectation_attitude=6}, …, {@code nps=9}, {@code knows_manager=yes|no}). */
    public static SurveyAnswers fromForm(Map<String, String> form, int scaleMax) {
        Map<Dimension, Integer> expected = new EnumMap<>(Dimension.class);
        Map<Dimension, Integer> received = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.ALL) {
            expected.put(d, number(form, "expectation_" + d.code(), 1, scaleMax));
            received.put(d, number(form, "perception_" + d.code(), 1, scaleMax));
        }
        int nps = number(form, "nps", 0, 10);
        String knows = form.get("knows_manager");
        if (!"yes".equals(knows) && !"no".equals(knows)) throw new SurveyRefused("survey.error.incomplete");
        return new SurveyAnswers(expected, received, nps, "yes".equals(knows));
    }

    private static int number(Map<String, String> form, String field, int min, int max) {
        String text = form.get(field);
        if (text == null || !text.matches("\\d{1,2}")) throw new SurveyRefused("survey.error.incomplete");
        int value = Integer.parseInt(text);
        if (value < min || value > max) throw new SurveyRefused("survey.error.incomplete");
        return value;
    }
}

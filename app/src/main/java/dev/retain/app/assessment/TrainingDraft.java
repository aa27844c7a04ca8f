package dev.retain.app.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A training record as typed on the form, checked field by field: the first fault is refused with its field named
 * ({@link AssessmentRefused#field()}). {@link #check()} gives the values to store.
 */
public record TrainingDraft(String managerId, String course, String takenOn, String result, String score, String hours, String note) {

    public static final List<String> RESULTS = List.of("passed", "failed", "attended");
    static final int COURSE_MAX = 200;
    static final int NOTE_MAX = 1000;

    /** The checked values. */
    public record Checked(String managerId, String course, LocalDate takenOn, String result, BigDecimal score, BigDecimal hours, String note) {
    }

    public Checked check() {
        String manager = strip(managerId);
        if (manager.isEmpty()) throw new AssessmentRefused("managerId", "assessment.training.refused.manager");
        String c = strip(course);
        if (c.isEmpty() || c.length() > COURSE_MAX) throw new AssessmentRefused("course", "assessment.training.refused.course", COURSE_MAX);
        LocalDate day;
        try {
            day = LocalDate.parse(strip(takenOn));
        } catch (DateTimeParseException e) {
            throw new AssessmentRefused("takenOn", "assessment.training.refused.takenOn");
        }
        String r = strip(result);
        if (!RESULTS.contains(r)) throw new AssessmentRefused("result", "assessment.training.refused.result");
        BigDecimal s = strip(score).isEmpty() ? null : number(score, "score");
        if (s != null && (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new AssessmentRefused("score", "assessment.training.refused.score");
        }
        BigDecimal h = number(hours, "hours");
        if (h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(1000)) > 0) throw new AssessmentRefused("hours", "assessment.training.refused.hours");
        String n = strip(note);
        if (n.length() > NOTE_MAX) throw new AssessmentRefused("note", "assessment.training.refused.note", NOTE_MAX);
        return new Checked(manager, c, day, r, s, h, n.isEmpty() ? null : n);
    }

    /** A plain decimal with at most one place (scores and hours are kept so): "1e3" and "1,5" are refused. */
    private static BigDecimal number(String text, String field) {
        String t = strip(text);
        if (!t.matches("\\d{1,4}(\\.\\d)?")) throw new AssessmentRefused(field, "assessment.training.refused." + field);
        return new BigDecimal(t);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

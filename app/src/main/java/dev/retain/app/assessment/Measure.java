package dev.retain.app.assessment;

import dev.retain.app.admin.AssessmentWeights;
import java.util.List;
import java.util.Locale;

/** The five measures of the manager assessment, in the order the page shows them; docs/assessment.md defines each. */
public enum Measure {
    CONTACT, COMPLETION, TIMELINESS, RETENTION, SATISFACTION;

    public static final List<Measure> ALL = List.of(values());

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This measure's weight among the settings in force. */
    public int weightIn(AssessmentWeights w) {
        return switch (this) {
            case CONTACT -> w.contact();
            case COMPLETION -> w.completion();
            case TIMELINESS -> w.timeliness();
            case RETENTION -> w.retention();
            case SATISFACTION -> w.satisfaction();
        };
    }
}

package dev.retain.app.retention.web;

import dev.retain.engine.churn.ReasonPhrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The churn model's reasons ("feature=value;…" as the cycle stores them) in the reader's
 * language, for the task list and the 360° view: {@code ${@churnReasonWords.words(r, #locale)}}.
 */
@Component("churnReasonWords")
public class ChurnReasonWords {

    public List<String> words(String reasons, Locale locale) {
        List<String> words = new ArrayList<>();
        if (reasons == null || reasons.isBlank()) return words;
        for (String item : reasons.split(";")) {
            int eq = item.indexOf('=');
            String feature = eq < 0 ? item : item.substring(0, eq);
            float value = Float.NaN;
            if (eq >= 0 && eq + 1 < item.length()) {
                try {
                    value = Float.parseFloat(item.substring(eq + 1));
                } catch (NumberFormatException e) {
                    // an unreadable value reads "unknown"; the feature still says what raised the risk
                }
            }
            words.add(ReasonPhrases.phrase(feature, value, locale));
        }
        return words;
    }
}

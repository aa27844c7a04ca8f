package dev.retain.app.outcome;

import java.util.Locale;

/**
 * One row of a closed-loop table: a manager, an offer or a campaign group, with its {@link OutcomeRate}; {@code label}
 * is the name in Chinese, {@code labelEn} in English (the same where there is one name: a manager's, a campaign's).
 */
public record GroupOutcome(String key, String label, String labelEn, OutcomeRate rate) {

    public GroupOutcome(String key, String label, OutcomeRate rate) {
        this(key, label, label, rate);
    }

    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? label : labelEn;
    }
}

package dev.retain.app.notify.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The replies that opt a customer out (R14.4): TD, 退订, STOP — and T, which the opt-out line of
 * marketing texts (回T退订) asks for. The whole message must be the keyword, in any case and width
 * (ＴＤ, td), with spaces and punctuation around it ignored ("退订。", " stop! "); a sentence that
 * merely contains one ("STOP calling me at work") is no opt-out.
 */
final class OptOutKeywords {

    static final Set<String> KEYWORDS = Set.of("T", "TD", "退订", "STOP");
    private static final Pattern AROUND = Pattern.compile("^[\\p{P}\\p{S}\\p{Z}\\s]+|[\\p{P}\\p{S}\\p{Z}\\s]+$");

    private OptOutKeywords() {
    }

    /** The keyword the text is, in its plain form (TD, 退订, …); empty when it is none. */
    static Optional<String> keyword(String text) {
        if (text == null) return Optional.empty();
        // NFKC folds full-width letters (ＴＤ) and the ideographic space into their plain forms
        String plain = AROUND.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").toUpperCase(Locale.ROOT);
        return KEYWORDS.contains(plain) ? Optional.of(plain) : Optional.empty();
    }
}

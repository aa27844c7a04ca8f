package dev.retain.app.notify.template;

import java.util.Locale;

/** The two languages a template has: zh-CN (always) and English (when the admin wrote it). */
public final class MessageTemplateLanguages {

    private MessageTemplateLanguages() {
    }

    /** English for any English locale; zh-CN for everything else (the province's language). */
    public static boolean isEnglish(Locale language) {
        return language != null && "en".equals(language.getLanguage());
    }
}

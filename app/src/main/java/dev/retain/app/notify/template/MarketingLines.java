package dev.retain.app.notify.template;

/**
 * What the rules for commercial SMS require around a marketing or care text: the sender's
 * signature 【…】 before it (the name the gateway registered, e.g. 【浙江移动】) and the opt-out line
 * after it (回T退订). Added by rendering — never written into the templates — so a change of
 * signature applies to every template at once; a text that already carries them gets them once.
 */
public record MarketingLines(String signature, String optOutZh, String optOutEn) {

    public String around(String body, boolean english) {
        String optOut = english ? optOutEn : optOutZh;
        String text = body.strip();
        if (!signature.isBlank() && !text.startsWith(signature)) text = signature + text;
        if (!optOut.isBlank() && !text.endsWith(optOut)) text = text + (english ? " " : "") + optOut;
        return text;
    }
}

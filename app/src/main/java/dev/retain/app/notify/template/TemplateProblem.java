package dev.retain.app.notify.template;

import java.util.List;

/**
 * Why a template cannot be saved: the form field at fault, the message that says it in the
 * admin's language ({@code notify.template.error.<key>} with {@code args}), and the same in
 * English for an exception or a log.
 */
public record TemplateProblem(String field, String key, List<String> args, String english) {

    public TemplateProblem {
        args = List.copyOf(args);
    }

    public String messageCode() {
        return "notify.template.error." + key;
    }
}

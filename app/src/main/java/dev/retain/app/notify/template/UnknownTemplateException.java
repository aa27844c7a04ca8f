package dev.retain.app.notify.template;

/** No template with this code. */
public class UnknownTemplateException extends IllegalArgumentException {

    public UnknownTemplateException(String code) {
        super("unknown message template '" + code + "'");
    }
}

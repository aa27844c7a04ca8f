package dev.retain.engine.care;

import java.util.Locale;

/**
 * What a playbook does with a due moment for one tier: send a message (the template's code), raise a
 * task (its kind: a gift, a care call), both, or nothing.
 */
public record CareAction(Type type, String template, String taskKind) {

    public enum Type {
        MESSAGE, TASK, BOTH, NONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final CareAction NONE = new CareAction(Type.NONE, null, null);

    public CareAction {
        if (sends(type) && (template == null || template.isBlank())) throw new IllegalArgumentException(type.code() + " needs a template");
        if (tasks(type) && (taskKind == null || taskKind.isBlank())) throw new IllegalArgumentException(type.code() + " needs a task kind");
        if (!sends(type)) template = null;
        if (!tasks(type)) taskKind = null;
    }

    public boolean sendsMessage() {
        return sends(type);
    }

    public boolean createsTask() {
        return tasks(type);
    }

    private static boolean sends(Type type) {
        return type == Type.MESSAGE || type == Type.BOTH;
    }

    private static boolean tasks(Type type) {
        return type == Type.TASK || type == Type.BOTH;
    }
}

package dev.retain.engine.rules;

import java.util.List;

/** What to do for a kind of customer (SPEC R4.3): suggested actions and how many days the manager has. */
public record Playbook(String id, int dueDays, List<String> actions, String descriptionZh, String descriptionEn) {

    public Playbook {
        actions = List.copyOf(actions);
    }
}

package dev.retain.engine.care;

/**
 * One row of the care playbook as the admin edits it: {@code moment} is a moment code
 * ({@code birthday}, {@code festival}, …) or {@code festival:<festival>} for one festival;
 * {@code tier} a tier code or {@code any}; {@code action} message, task, both or none. A template
 * may hold {@code {festival}}, replaced by the festival's code.
 */
public record PlaybookRow(String moment, String tier, String action, String template, String taskKind) {
}

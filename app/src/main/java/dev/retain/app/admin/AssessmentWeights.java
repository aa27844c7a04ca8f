package dev.retain.app.admin;

/**
 * The manager assessment's weights in force (settings {@code assessment.weight.*}, each 0–100, edited on the settings
 * page): contact frequency, task completion, task timeliness, retention outcome, customer satisfaction. Only their
 * ratios matter: the assessment divides by the sum of the weights of the measures a manager has a score for.
 */
public record AssessmentWeights(int contact, int completion, int timeliness, int retention, int satisfaction) {
}

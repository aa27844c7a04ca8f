package dev.retain.app.assignment;

/** A programme customer's manager now (null: unassigned), the role that serves them, and the cycle month that set it. */
public record CurrentAssignment(String msisdn, String managerId, String role, String month) {
}

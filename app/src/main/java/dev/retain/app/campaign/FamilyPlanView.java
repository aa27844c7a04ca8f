package dev.retain.app.campaign;

import java.util.List;

/**
 * Family-plan detection for one customer (SPEC R7.5): the tenure at the end of the newest month on file ({@code asOf},
 * null without usage), the bar applied ({@code minCalls} calls in each of {@code months} months, {@code minTenureMonths}
 * of tenure), and the other-operator numbers that pass it, masked, most calls first. A non-empty list is the
 * recommendation: offer a family plan, the family number joining as a new local subscriber.
 */
public record FamilyPlanView(String asOf, int tenureMonths, int minTenureMonths, int minCalls, int months,
                             List<Candidate> candidates) {

    /** A candidate number, masked (186****0001), its operator code and the calls over the months. */
    public record Candidate(String maskedNumber, String operator, long calls) {
    }

    public FamilyPlanView {
        candidates = List.copyOf(candidates);
    }

    public boolean recommended() {
        return !candidates.isEmpty();
    }

    public boolean tenureTooShort() {
        return tenureMonths < minTenureMonths;
    }
}

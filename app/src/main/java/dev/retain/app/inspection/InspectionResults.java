package dev.retain.app.inspection;

import java.util.List;

/** A round's results: all, by manager (of the draw), by stratum, and the inspected customers with a problem. */
public record InspectionResults(Shares overall, List<Shares> byManager, List<Shares> byStratum, List<SampledCustomer> problems) {
}

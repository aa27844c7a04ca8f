package dev.retain.engine.route.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The whole day for Timefold. Score levels: hard = windows, capacity, shift end, lunch window (in thousandths of
 * the time or demand unit over); medium = stops left unassigned; soft = vehicles used (each outweighing any distance)
 * plus distance in thousandths.
 */
@PlanningSolution
public class RoutingSolution {

    @PlanningEntityCollectionProperty
    private List<VehicleRoute> vehicles;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<StopVisit> visits;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public RoutingSolution() {
    }

    public RoutingSolution(List<VehicleRoute> vehicles, List<StopVisit> visits) {
        this.vehicles = vehicles;
        this.visits = visits;
    }

    public List<VehicleRoute> getVehicles() {
        return vehicles;
    }

    public List<StopVisit> getVisits() {
        return visits;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}

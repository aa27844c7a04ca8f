package dev.retain.engine.route.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import dev.retain.engine.route.Break;
import dev.retain.engine.route.RouteClock;
import dev.retain.engine.route.Shift;
import java.util.ArrayList;
import java.util.List;

/** One shift and the stops it serves, in order: the planning list variable. */
@PlanningEntity
public class VehicleRoute {

    @PlanningId
    private Integer id;
    private Shift shift;
    private int startPoint;
    private int endPoint;
    private TravelMatrix matrix;
    /** What using this vehicle costs in soft score: more than any set of routes can drive, so fewer vehicles come first. */
    private long usedWeight;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<StopVisit> visits = new ArrayList<>();

    public VehicleRoute() {
    }

    public VehicleRoute(int id, Shift shift, int startPoint, int endPoint, TravelMatrix matrix, long usedWeight) {
        this.id = id;
        this.shift = shift;
        this.startPoint = startPoint;
        this.endPoint = endPoint;
        this.matrix = matrix;
        this.usedWeight = usedWeight;
    }

    public Integer getId() {
        return id;
    }

    public Shift getShift() {
        return shift;
    }

    public List<StopVisit> getVisits() {
        return visits;
    }

    public void setVisits(List<StopVisit> visits) {
        this.visits = visits;
    }

    int startPoint() {
        return startPoint;
    }

    TravelMatrix matrix() {
        return matrix;
    }

    Break lunch() {
        return shift.lunch().orElse(null);
    }

    boolean used() {
        return !visits.isEmpty();
    }

    long usedWeight() {
        return usedWeight;
    }

    int load() {
        int load = 0;
        for (StopVisit v : visits) load += v.getStop().demand();
        return load;
    }

    /** The drive back after the last visit, or null while the route is empty or its timing not yet known. */
    RouteClock.Return back() {
        if (visits.isEmpty()) return null;
        StopVisit last = visits.get(visits.size() - 1);
        RouteClock.Leg leg = last.getLeg();
        if (leg == null) return null;
        return RouteClock.toEnd(lunch(), leg.lunchBehind(), leg.end(), matrix.time(last.point(), endPoint));
    }

    long scaledReturnDistance() {
        return visits.isEmpty() ? 0 : matrix.scaledDistance(visits.get(visits.size() - 1).point(), endPoint);
    }

    @Override
    public String toString() {
        return shift.vehicleId();
    }
}

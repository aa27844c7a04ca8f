package dev.retain.engine.route.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import dev.retain.engine.route.RouteClock;
import dev.retain.engine.route.Stop;

/** A stop as a value of a route's list; its vehicle, predecessor and timing follow from where it is placed. */
@PlanningEntity
public class StopVisit {

    @PlanningId
    private Integer id;
    private Stop stop;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private VehicleRoute vehicle;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private StopVisit previous;
    /** Arrival, start, end and lunch before this stop, recomputed by Timefold whenever the vehicle or predecessor's timing changes. */
    @ShadowVariable(supplierName = "legSupplier")
    private RouteClock.Leg leg;

    public StopVisit() {
    }

    public StopVisit(int id, Stop stop) {
        this.id = id;
        this.stop = stop;
    }

    public Integer getId() {
        return id;
    }

    public Stop getStop() {
        return stop;
    }

    public VehicleRoute getVehicle() {
        return vehicle;
    }

    public void setVehicle(VehicleRoute vehicle) {
        this.vehicle = vehicle;
    }

    public StopVisit getPrevious() {
        return previous;
    }

    public void setPrevious(StopVisit previous) {
        this.previous = previous;
    }

    public RouteClock.Leg getLeg() {
        return leg;
    }

    public void setLeg(RouteClock.Leg leg) {
        this.leg = leg;
    }

    /** The matrix index of this stop: stops come first, in problem order, and ids are those indexes. */
    int point() {
        return id;
    }

    @SuppressWarnings("unused") // called by Timefold
    @ShadowSources({"vehicle", "previous.leg"})
    private RouteClock.Leg legSupplier() {
        if (vehicle == null) return null;
        TravelMatrix matrix = vehicle.matrix();
        if (previous == null) {
            return RouteClock.toStop(vehicle.lunch(), false, vehicle.getShift().open(), matrix.time(vehicle.startPoint(), point()), stop);
        }
        RouteClock.Leg before = previous.leg;
        if (before == null) return null;
        return RouteClock.toStop(vehicle.lunch(), before.lunchBehind(), before.end(), matrix.time(previous.point(), point()), stop);
    }

    /** Places this visit in a warm-start route, with the shadow values Timefold would compute, so solving starts consistent. */
    public void placeAfter(VehicleRoute vehicle, StopVisit previous) {
        this.vehicle = vehicle;
        this.previous = previous;
        this.leg = legSupplier();
    }

    long scaledDistanceFromPrevious() {
        if (vehicle == null) return 0;
        return vehicle.matrix().scaledDistance(previous == null ? vehicle.startPoint() : previous.point(), point());
    }

    @Override
    public String toString() {
        return stop.id();
    }
}

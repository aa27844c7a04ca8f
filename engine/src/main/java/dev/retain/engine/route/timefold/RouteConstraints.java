package dev.retain.engine.route.timefold;

import static dev.retain.engine.route.timefold.TravelMatrix.scaledExcess;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import dev.retain.engine.route.Break;
import dev.retain.engine.route.RouteClock;

/** The objective: hard = time windows, capacity, shift end, lunch window; medium = unassigned stops; soft = vehicles, then distance. */
public class RouteConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            serviceStartsInsideTheWindow(factory),
            lunchStartsInsideItsWindowBeforeAStop(factory),
            backBeforeTheShiftCloses(factory),
            lunchStartsInsideItsWindowAtTheEnd(factory),
            loadWithinCapacity(factory),
            everyStopAssigned(factory),
            fewestVehicles(factory),
            shortestDistanceToStops(factory),
            shortestDistanceBack(factory),
        };
    }

    Constraint serviceStartsInsideTheWindow(ConstraintFactory factory) {
        return factory.forEach(StopVisit.class)
                .filter(v -> v.getLeg() != null && v.getLeg().start() > v.getStop().dueTime())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, v -> scaledExcess(v.getLeg().start() - v.getStop().dueTime()))
                .asConstraint("service starts after the window");
    }

    Constraint lunchStartsInsideItsWindowBeforeAStop(ConstraintFactory factory) {
        return factory.forEach(StopVisit.class)
                .filter(v -> v.getLeg() != null && v.getLeg().lunchOnThisLeg() && lunchLateBy(v.getVehicle().lunch(), v.getLeg().lunchStart()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, v -> lunchLateBy(v.getVehicle().lunch(), v.getLeg().lunchStart()))
                .asConstraint("lunch starts after its window");
    }

    Constraint backBeforeTheShiftCloses(ConstraintFactory factory) {
        return factory.forEach(VehicleRoute.class)
                .filter(r -> r.back() != null && r.back().endTime() > r.getShift().close())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> scaledExcess(r.back().endTime() - r.getShift().close()))
                .asConstraint("back after the shift closes");
    }

    Constraint lunchStartsInsideItsWindowAtTheEnd(ConstraintFactory factory) {
        return factory.forEach(VehicleRoute.class)
                .filter(r -> lunchLateBy(r.lunch(), r.back()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> lunchLateBy(r.lunch(), r.back()))
                .asConstraint("lunch at the end starts after its window");
    }

    Constraint loadWithinCapacity(ConstraintFactory factory) {
        return factory.forEach(VehicleRoute.class)
                .filter(r -> r.load() > r.getShift().capacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> (long) (r.load() - r.getShift().capacity()) * TravelMatrix.SCALE)
                .asConstraint("load over capacity");
    }

    Constraint everyStopAssigned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(StopVisit.class)
                .filter(v -> v.getVehicle() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint("stop left unassigned");
    }

    Constraint fewestVehicles(ConstraintFactory factory) {
        return factory.forEach(VehicleRoute.class)
                .filter(VehicleRoute::used)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, VehicleRoute::usedWeight)
                .asConstraint("vehicle used");
    }

    Constraint shortestDistanceToStops(ConstraintFactory factory) {
        return factory.forEach(StopVisit.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, StopVisit::scaledDistanceFromPrevious)
                .asConstraint("distance to stops");
    }

    Constraint shortestDistanceBack(ConstraintFactory factory) {
        return factory.forEach(VehicleRoute.class)
                .filter(VehicleRoute::used)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, VehicleRoute::scaledReturnDistance)
                .asConstraint("distance back");
    }

    private static long lunchLateBy(Break lunch, RouteClock.Return back) {
        return back == null || !back.lunchOnThisLeg() ? 0 : lunchLateBy(lunch, back.lunchStart());
    }

    private static long lunchLateBy(Break lunch, double lunchStart) {
        return lunch == null ? 0 : scaledExcess(lunchStart - lunch.latestStart());
    }
}

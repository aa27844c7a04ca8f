package dev.retain.engine.visit;

import dev.retain.engine.route.Break;
import dev.retain.engine.route.DistanceMetric;
import dev.retain.engine.route.NearestNeighbourPlanner;
import dev.retain.engine.route.Point;
import dev.retain.engine.route.Route;
import dev.retain.engine.route.RoutePlan;
import dev.retain.engine.route.RouteProblem;
import dev.retain.engine.route.Shift;
import dev.retain.engine.route.Stop;
import dev.retain.engine.route.TimefoldRoutePlanner;
import dev.retain.engine.route.TravelTime;
import dev.retain.engine.route.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a day of complaint visits with the engine's route planner: customers' and offices' lat/lon
 * onto a local plane in km (distance), travel minutes at the city speed, each visit a stop whose
 * window bounds its start, each visitor a shift from their office and back with a lunch break.
 * The same problem goes to Timefold and to the nearest-neighbour baseline.
 */
public final class VisitDayPlanner {

    private final VisitDayRules rules;

    public VisitDayPlanner(VisitDayRules rules) {
        this.rules = rules;
    }

    public VisitDayPlan timefold(List<DayVisitor> visitors, List<DayVisit> visits, Duration limit) {
        return plan("timefold", visitors, visits, p -> new TimefoldRoutePlanner().plan(p, limit));
    }

    public VisitDayPlan nearestNeighbour(List<DayVisitor> visitors, List<DayVisit> visits) {
        return plan("nearest_neighbour", visitors, visits, p -> new NearestNeighbourPlanner().plan(p));
    }

    private VisitDayPlan plan(String solver, List<DayVisitor> visitors, List<DayVisit> visits, java.util.function.Function<RouteProblem, RoutePlan> planner) {
        List<String> noLocation = visits.stream().filter(v -> v.at() == null).map(DayVisit::id).toList();
        List<DayVisit> located = visits.stream().filter(v -> v.at() != null).toList();
        if (visitors.isEmpty() || located.isEmpty()) {
            return new VisitDayPlan(solver, List.of(), noLocation, located.stream().map(DayVisit::id).toList(), 0);
        }
        LocalPlane plane = new LocalPlane(centre(visitors, located));
        TravelTime travel = (a, b) -> rules.speed().minutesFor(Math.hypot(a.x() - b.x(), a.y() - b.y()));
        List<Shift> shifts = visitors.stream().map(v -> {
            Point office = point(plane, v.office());
            Optional<Break> lunch = rules.lunchMinutes() > 0
                    ? Optional.of(new Break(rules.lunchEarliest(), rules.lunchLatest(), rules.lunchMinutes())) : Optional.empty();
            return new Shift(v.id(), office, office, v.worksFrom(), v.worksTo(), rules.maxVisitsPerVisitor(), lunch);
        }).toList();
        List<Stop> stops = located.stream()
                .map(v -> new Stop(v.id(), point(plane, v.at()), v.windowStarts(), v.windowEnds(), rules.serviceMinutes(), 1)).toList();
        long t0 = System.nanoTime();
        RoutePlan plan = planner.apply(new RouteProblem(shifts, stops, travel, DistanceMetric.euclidean()));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        List<PlannedRoute> routes = new ArrayList<>();
        for (Route r : plan.routes()) {
            if (r.visits().isEmpty()) continue;
            routes.add(route(r, travel));
        }
        return new VisitDayPlan(solver, routes, noLocation, plan.unassigned().stream().map(Stop::id).toList(), millis);
    }

    private static PlannedRoute route(Route r, TravelTime travel) {
        List<PlannedVisit> planned = new ArrayList<>();
        Point at = r.shift().start();
        double minutes = 0;
        int seq = 1;
        for (Visit v : r.visits()) {
            double leg = travel.between(at, v.stop().at());
            minutes += leg;
            planned.add(new PlannedVisit(v.stop().id(), seq++, v.arrival(), v.start(), v.end(), leg));
            at = v.stop().at();
        }
        double home = travel.between(at, r.shift().end());
        minutes += home;
        Visit first = r.visits().get(0);
        double leaves = first.arrival() - planned.get(0).travelMinutes();
        Double lunchStart = r.lunchStartEnd().map(l -> l[0]).orElse(null);
        Double lunchEnd = r.lunchStartEnd().map(l -> l[1]).orElse(null);
        return new PlannedRoute(r.shift().vehicleId(), leaves, r.endTime(), lunchStart, lunchEnd, r.distance(), minutes, planned);
    }

    private static Point point(LocalPlane plane, GeoPoint p) {
        return new Point(plane.xKm(p), plane.yKm(p));
    }

    private static GeoPoint centre(List<DayVisitor> visitors, List<DayVisit> visits) {
        double lat = 0;
        double lon = 0;
        for (DayVisitor v : visitors) {
            lat += v.office().lat();
            lon += v.office().lon();
        }
        for (DayVisit v : visits) {
            lat += v.at().lat();
            lon += v.at().lon();
        }
        int n = visitors.size() + visits.size();
        return new GeoPoint(lat / n, lon / n);
    }
}

package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.visit.VisitDayPlans.StoredRoute;
import dev.retain.app.complaint.internal.visit.VisitDayPlans.StoredStop;
import java.util.ArrayList;
import java.util.List;

/**
 * The day's plan as an SVG timeline drawn on the server (the page runs no inline script): one lane
 * per visitor, hours across; grey for travel, blue for a visit (its order inside), amber for lunch.
 * Everything here is geometry already computed, so the template only places elements.
 */
record VisitTimeline(int width, int height, List<Tick> ticks, List<Lane> lanes, List<Bar> bars) {

    record Tick(double x, String label) {
    }

    record Lane(double y, String label) {
    }

    /** {@code kind}: travel, visit or lunch (the CSS class visit-bar-KIND). */
    record Bar(double x, double y, double width, String kind, String label, String title) {

        public double textX() {
            return x + 3;
        }

        public double textY() {
            return y + 13;
        }
    }

    static final int LABEL_WIDTH = 110;
    static final int PLOT_WIDTH = 960;
    static final int LANE = 30;
    static final int AXIS = 20;

    /** @param names the visitors' names by id (the lane labels) */
    static VisitTimeline of(List<StoredRoute> routes, java.util.Map<String, String> names) {
        double from = 8 * 60;
        double to = 18 * 60;
        for (StoredRoute r : routes) {
            from = Math.min(from, Math.floor(r.leavesAt() / 60) * 60);
            to = Math.max(to, Math.ceil(r.backAt() / 60) * 60);
        }
        double perMinute = PLOT_WIDTH / (to - from);
        List<Tick> ticks = new ArrayList<>();
        for (double m = from; m <= to; m += 60) ticks.add(new Tick(LABEL_WIDTH + (m - from) * perMinute, VisitPlanController.clock(m)));
        List<Lane> lanes = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int lane = 0;
        for (StoredRoute r : routes) {
            double y = 4 + lane * LANE;
            lanes.add(new Lane(y, names.getOrDefault(r.visitorId(), r.visitorId())));
            for (StoredStop s : r.stops()) {
                double travelFrom = s.arrival() - s.travelMinutes();
                bars.add(bar(from, perMinute, y, travelFrom, s.arrival(), "travel", "",
                        VisitPlanController.clock(travelFrom) + "–" + VisitPlanController.clock(s.arrival())));
                bars.add(bar(from, perMinute, y, s.starts(), s.ends(), "visit", Integer.toString(s.seq()),
                        s.seq() + ": " + VisitPlanController.clock(s.starts()) + "–" + VisitPlanController.clock(s.ends())));
            }
            if (r.lunchStart() != null && r.lunchEnd() != null) {
                bars.add(bar(from, perMinute, y, r.lunchStart(), r.lunchEnd(), "lunch", "",
                        VisitPlanController.clock(r.lunchStart()) + "–" + VisitPlanController.clock(r.lunchEnd())));
            }
            lane++;
        }
        // room right of the plot for half of the last hour's label, which is centred on its tick
        return new VisitTimeline(LABEL_WIDTH + PLOT_WIDTH + 30, 4 + Math.max(1, lane) * LANE + AXIS, ticks, lanes, bars);
    }

    private static Bar bar(double from, double perMinute, double y, double start, double end, String kind, String label, String title) {
        double x = LABEL_WIDTH + (start - from) * perMinute;
        return new Bar(round(x), y, round(Math.max(1, (end - start) * perMinute)), kind, label, title);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

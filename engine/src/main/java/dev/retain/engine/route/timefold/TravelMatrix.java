package dev.retain.engine.route.timefold;

import dev.retain.engine.route.DistanceMetric;
import dev.retain.engine.route.Point;
import dev.retain.engine.route.TravelTime;
import java.util.List;

/**
 * Travel times (exact doubles) and distances (scaled to whole thousandths, as Timefold scores are integers) between
 * every pair of points, computed once so the solver's moves only look them up. Points: the stops in problem order,
 * then each shift's start and end.
 */
public final class TravelMatrix {

    /** Score units per distance or time unit: thousandths. */
    public static final long SCALE = 1000;

    private final double[][] time;
    private final long[][] scaledDistance;
    private final long longestScaledDistance;

    public TravelMatrix(List<Point> points, TravelTime travel, DistanceMetric distance) {
        int n = points.size();
        time = new double[n][n];
        scaledDistance = new long[n][n];
        long longest = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                time[i][j] = travel.between(points.get(i), points.get(j));
                scaledDistance[i][j] = Math.round(distance.between(points.get(i), points.get(j)) * SCALE);
                longest = Math.max(longest, scaledDistance[i][j]);
            }
        }
        longestScaledDistance = longest;
    }

    public double time(int from, int to) {
        return time[from][to];
    }

    public long scaledDistance(int from, int to) {
        return scaledDistance[from][to];
    }

    public long longestScaledDistance() {
        return longestScaledDistance;
    }

    /** A violation in score units: any positive amount (beyond rounding noise) costs at least one. */
    public static long scaledExcess(double amount) {
        return amount > 1e-9 ? (long) Math.ceil(amount * SCALE) : 0;
    }
}

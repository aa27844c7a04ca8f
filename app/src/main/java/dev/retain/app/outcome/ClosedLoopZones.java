package dev.retain.app.outcome;

import java.util.List;

/** The order of the zones the closed loop judges by: blue best, white worst; anything else (none, gone) is out. */
public final class ClosedLoopZones {

    /** The live zones, best first; white and gone are lost. */
    public static final List<String> LIVE = List.of("blue", "green", "yellow", "red");
    private static final List<String> ORDER = List.of("blue", "green", "yellow", "red", "white");

    private ClosedLoopZones() {
    }

    public static boolean live(String zone) {
        return LIVE.contains(zone);
    }

    /** A better zone after than before; leaving is never better, and without a zone before nothing can be said. */
    public static boolean better(String before, String after) {
        if (before == null || !live(after)) return false;
        int b = ORDER.indexOf(before);
        return b >= 0 && ORDER.indexOf(after) < b;
    }

    /** The rank SQL uses: 1 blue … 5 white, 6 anything else. */
    static String sqlRank(String column) {
        return "case " + column + " when 'blue' then 1 when 'green' then 2 when 'yellow' then 3 when 'red' then 4 when 'white' then 5 else 6 end";
    }
}

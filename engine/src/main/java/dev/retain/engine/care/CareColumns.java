package dev.retain.engine.care;

import dev.retain.engine.calendar.Birthdays;
import dev.retain.engine.calendar.LunarCalendar;
import dev.retain.engine.calendar.LunarDate;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many subscribers' care facts as parallel arrays, indexed by row (like the cycle's
 * {@code Subscribers}): a day's run over a million rows is a few comparisons per row. Dates are
 * epoch days; a lunar birthday is stored once converted (lunar month and day), so the daily run
 * never calls the lunar calendar per subscriber.
 */
public final class CareColumns {

    /** An unknown date. */
    static final int NO_DAY = Integer.MIN_VALUE;
    /** Birth keys: solar {@code month * 100 + day}; lunar the same plus this. */
    static final int LUNAR = 10_000;
    static final int BIRTH_KEYS = LUNAR + 1_231 + 1;
    static final byte NO_TURN = 0;
    static final byte TURNED_SUSPENDED = 1;
    static final byte TURNED_PRECANCEL = 2;

    final int size;
    final byte[] tier;
    final int[] birthKey;
    final int[] region;
    final String[] regions;
    final long[] points;
    final int[] pointsExpiry;
    final int[] contractEnd;
    final int[] contactFrom;
    final byte[] stateTurn;
    final int[] stateMonth;

    private CareColumns(Builder b) {
        size = b.size;
        tier = Arrays.copyOf(b.tier, size);
        birthKey = Arrays.copyOf(b.birthKey, size);
        region = Arrays.copyOf(b.region, size);
        regions = b.regions.toArray(String[]::new);
        points = Arrays.copyOf(b.points, size);
        pointsExpiry = Arrays.copyOf(b.pointsExpiry, size);
        contractEnd = Arrays.copyOf(b.contractEnd, size);
        contactFrom = Arrays.copyOf(b.contactFrom, size);
        stateTurn = Arrays.copyOf(b.stateTurn, size);
        stateMonth = Arrays.copyOf(b.stateMonth, size);
    }

    public int size() {
        return size;
    }

    /** The distinct regions, in the order rows first named them. */
    public List<String> regions() {
        return List.of(regions);
    }

    public static Builder builder(LunarCalendar lunar, int expectedRows) {
        return new Builder(lunar, expectedRows);
    }

    /** Columns of the given subscribers, row i = facts i. */
    public static CareColumns of(List<CareFacts> facts, LunarCalendar lunar) {
        Builder b = builder(lunar, facts.size());
        facts.forEach(b::add);
        return b.build();
    }

    /** Adds rows one at a time; birth dates converted to lunar once per distinct date. Not thread-safe. */
    public static final class Builder {

        private final LunarCalendar lunar;
        private final Map<Integer, Integer> lunarKeys = new HashMap<>();
        private final Map<String, Integer> regionIndex = new HashMap<>();
        private final List<String> regions = new ArrayList<>();
        private int size;
        private byte[] tier;
        private int[] birthKey;
        private int[] region;
        private long[] points;
        private int[] pointsExpiry;
        private int[] contractEnd;
        private int[] contactFrom;
        private byte[] stateTurn;
        private int[] stateMonth;

        private Builder(LunarCalendar lunar, int expectedRows) {
            this.lunar = lunar;
            allocate(Math.max(16, expectedRows));
        }

        /** Adds a subscriber; returns its row. */
        public int add(CareFacts f) {
            if (size == tier.length) allocate(size * 2);
            int row = size++;
            tier[row] = (byte) f.tier().ordinal();
            birthKey[row] = birthKey(f.birthDate(), f.lunarBirthday());
            region[row] = f.region() == null ? -1 : regionIndex.computeIfAbsent(f.region(), r -> {
                regions.add(r);
                return regions.size() - 1;
            });
            points[row] = f.points();
            pointsExpiry[row] = day(f.pointsExpiry());
            contractEnd[row] = day(f.contractEnd());
            contactFrom[row] = day(f.lastContact() != null ? f.lastContact() : f.joinDate());
            stateTurn[row] = turn(f.state(), f.previousState());
            stateMonth[row] = f.stateMonth() == null ? NO_DAY : dev.retain.engine.value.Months.index(f.stateMonth());
            return row;
        }

        public CareColumns build() {
            return new CareColumns(this);
        }

        private int birthKey(LocalDate birth, boolean lunarBirthday) {
            if (birth == null) return 0;
            if (!lunarBirthday) return birth.getMonthValue() * 100 + birth.getDayOfMonth();
            return lunarKeys.computeIfAbsent((int) birth.toEpochDay(), d -> {
                LunarDate l = Birthdays.lunarBirthDate(birth, lunar);
                return LUNAR + Birthdays.lunarKey(l.month(), l.day());
            });
        }

        private static byte turn(AccountState now, AccountState before) {
            if (now == null || before == null || now == before) return NO_TURN;
            if (now == AccountState.SUSPENDED) return TURNED_SUSPENDED;
            if (now == AccountState.PRECANCEL) return TURNED_PRECANCEL;
            return NO_TURN;
        }

        private static int day(LocalDate d) {
            return d == null ? NO_DAY : (int) d.toEpochDay();
        }

        private void allocate(int capacity) {
            tier = tier == null ? new byte[capacity] : Arrays.copyOf(tier, capacity);
            birthKey = birthKey == null ? new int[capacity] : Arrays.copyOf(birthKey, capacity);
            region = region == null ? new int[capacity] : Arrays.copyOf(region, capacity);
            points = points == null ? new long[capacity] : Arrays.copyOf(points, capacity);
            pointsExpiry = pointsExpiry == null ? new int[capacity] : Arrays.copyOf(pointsExpiry, capacity);
            contractEnd = contractEnd == null ? new int[capacity] : Arrays.copyOf(contractEnd, capacity);
            contactFrom = contactFrom == null ? new int[capacity] : Arrays.copyOf(contactFrom, capacity);
            stateTurn = stateTurn == null ? new byte[capacity] : Arrays.copyOf(stateTurn, capacity);
            stateMonth = stateMonth == null ? new int[capacity] : Arrays.copyOf(stateMonth, capacity);
        }
    }

    static Tier tierOf(byte ordinal) {
        return TIERS[ordinal];
    }

    private static final Tier[] TIERS = Tier.values();
}

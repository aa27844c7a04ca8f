package dev.retain.engine.workhours;

import dev.retain.engine.calendar.PublicHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Business time of one region: its daily hours on the days the public-holiday table says are
 * working days (a listed day off is none, a make-up Saturday or Sunday — 调休 — is one, any other
 * day works Monday to Friday), in the region's zone. Pauses (waiting on the customer) stop the clock.
 *
 * <p>A year the table does not announce yet counts weekends only; {@link #unannouncedYears} tells
 * the caller which years of a computation were such, so it can flag the deadline as provisional.
 * Pure and immutable: the same inputs give the same instants.
 */
public final class WorkingTimeCalendar {

    /** No time limit reaches further than this: a walk past it means the calendar has no working time. */
    private static final int MAX_DAYS = 3_700;

    private final ZoneId zone;
    private final DailyHours hours;
    private final PublicHolidays holidays;

    public WorkingTimeCalendar(ZoneId zone, DailyHours hours, PublicHolidays holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public ZoneId zone() {
        return zone;
    }

    public DailyHours hours() {
        return hours;
    }

    /** Business time between {@code from} and {@code to}, less the pauses; zero when {@code to} is not after {@code from}. */
    public Duration elapsed(Instant from, Instant to, List<Pause> pauses) {
        if (!to.isAfter(from)) return Duration.ZERO;
        List<Pause> stops = merged(pauses);
        Duration total = Duration.ZERO;
        for (LocalDate day = localDate(from); !day.isAfter(localDate(to)); day = day.plusDays(1)) {
            for (Interval work : workingIntervals(day)) {
                Instant s = later(work.from, from);
                Instant e = earlier(work.to, to);
                if (!e.isAfter(s)) continue;
                for (Interval piece : minus(new Interval(s, e), stops)) total = total.plus(piece.length());
            }
        }
        return total;
    }

    /**
     * The instant at which {@code limit} business time has run since {@code start}, the pauses not
     * counting; empty when a pause that has not ended stops the clock before the limit is reached.
     */
    public Optional<Instant> deadline(Instant start, Duration limit, List<Pause> pauses) {
        if (limit.isNegative()) throw new IllegalArgumentException("a time limit is not negative: " + limit);
        List<Pause> stops = merged(pauses);
        Duration left = limit;
        if (left.isZero()) return Optional.of(start);
        LocalDate first = localDate(start);
        for (LocalDate day = first; day.isBefore(first.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            for (Interval work : workingIntervals(day)) {
                if (!work.to.isAfter(start)) continue;
                Interval clipped = new Interval(later(work.from, start), work.to);
                for (Interval piece : minus(clipped, stops)) {
                    if (piece.length().compareTo(left) >= 0) return Optional.of(piece.from.plus(left));
                    left = left.minus(piece.length());
                }
            }
            if (!stops.isEmpty() && stops.get(stops.size() - 1).open() && !stops.get(stops.size() - 1).from().isAfter(endOf(day))) {
                return Optional.empty(); // the clock stands still from here on
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start + ": check the working hours");
    }

    /**
     * When to warn {@code before} business time ahead of the deadline: the instant at which
     * {@code limit - before} has run (the start itself when the warning is longer than the limit).
     */
    public Optional<Instant> warnAt(Instant start, Duration limit, Duration before, List<Pause> pauses) {
        Duration lead = limit.minus(before);
        return deadline(start, lead.isNegative() ? Duration.ZERO : lead, pauses);
    }

    /** {@code at} itself during working hours, else the start of the next working span: when staff may be disturbed. */
    public Instant nextWorkingInstant(Instant at) {
        LocalDate first = localDate(at);
        for (LocalDate day = first; day.isBefore(first.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            for (Interval work : workingIntervals(day)) {
                if (work.to.isAfter(at)) return later(work.from, at);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + at);
    }

    /** Years touched by {@code from}…{@code to} that the holiday table does not announce: counted with weekends only. */
    public SortedSet<Integer> unannouncedYears(Instant from, Instant to) {
        SortedSet<Integer> years = new TreeSet<>();
        for (int y = localDate(from).getYear(); y <= localDate(to).getYear(); y++) {
            if (!holidays.isAnnounced(y)) years.add(y);
        }
        return years;
    }

    public boolean isWorkingDay(LocalDate day) {
        return holidays.isWorkingDay(day);
    }

    private List<Interval> workingIntervals(LocalDate day) {
        if (!holidays.isWorkingDay(day)) return List.of();
        List<Interval> list = new ArrayList<>(hours.spans().size());
        for (WorkingSpan span : hours.spans()) {
            list.add(new Interval(day.atTime(span.start()).atZone(zone).toInstant(), day.atTime(span.end()).atZone(zone).toInstant()));
        }
        return list;
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** Pauses sorted and overlapping ones joined, so subtracting them walks each once. */
    static List<Pause> merged(List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> out = new ArrayList<>();
        for (Pause p : sorted) {
            if (!out.isEmpty()) {
                Pause last = out.get(out.size() - 1);
                if (last.open()) break;
                if (!p.from().isAfter(last.to())) {
                    out.set(out.size() - 1, new Pause(last.from(), p.open() || p.to().isAfter(last.to()) ? p.to() : last.to()));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static List<Interval> minus(Interval work, List<Pause> stops) {
        List<Interval> pieces = new ArrayList<>(1);
        Instant cursor = work.from;
        for (Pause p : stops) {
            Instant pEnd = p.open() ? Instant.MAX : p.to();
            if (!pEnd.isAfter(cursor)) continue;
            if (!p.from().isBefore(work.to)) break;
            if (p.from().isAfter(cursor)) pieces.add(new Interval(cursor, p.from()));
            cursor = pEnd;
            if (!cursor.isBefore(work.to)) return pieces;
        }
        if (work.to.isAfter(cursor)) pieces.add(new Interval(cursor, work.to));
        return pieces;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Interval(Instant from, Instant to) {
        Duration length() {
            return Duration.between(from, to);
        }
    }
}

package dev.retain.engine.care;

import dev.retain.engine.calendar.Birthdays;
import dev.retain.engine.calendar.CalendarSource;
import dev.retain.engine.calendar.Festival;
import dev.retain.engine.calendar.FestivalDate;
import dev.retain.engine.calendar.LunarCalendar;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about one day's care run that does not depend on the subscriber, computed once: which
 * birthdays (solar and lunar), festivals, expiry dates, contact gaps, state turns and region events
 * are due, each already paired with its playbook action per tier. {@link #forEachDue} then costs a
 * few array reads per subscriber.
 *
 * <p>A moment is due on the day it is prepared: its date minus its lead days. A run that missed
 * days ({@link #catchingUp}) prepares those days' moments too, except greetings and reminders whose
 * date has already passed. State turns (suspension, payment due) have no date ahead: they are due
 * on every run while fresh, and the moment id keeps the first run's.
 */
public final class CareDay {

    /** A run that missed more days than this starts over from today rather than flood the managers. */
    public static final int MAX_CATCH_UP_DAYS = 31;
    private static final int TIERS = Tier.values().length;

    private final LocalDate day;
    private final LocalDate firstPrepared;
    private final CareCalendars calendars;
    private final DueMoment[][] birthdays = new DueMoment[CareColumns.BIRTH_KEYS][];
    private final List<DueMoment[]> festivals = new ArrayList<>();
    private final Window points;
    private final Window contracts;
    private final Window noContact;
    private final long minPoints;
    private final int[] noContactDays = new int[TIERS];
    private final int firstFreshMonth;
    private final DueMoment[][][] stateTurns;
    private final Map<String, List<DueMoment[]>> eventsByRegion = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private CareDay(LocalDate firstPrepared, LocalDate day, CareSettings settings, CarePlaybook playbook, CareCalendars calendars, List<RegionEvent> events) {
        if (firstPrepared.isAfter(day)) throw new IllegalArgumentException("nothing to prepare: " + firstPrepared + " is after " + day);
        if (firstPrepared.plusDays(MAX_CATCH_UP_DAYS).isBefore(day)) {
            throw new IllegalArgumentException("a care run catches up at most " + MAX_CATCH_UP_DAYS + " days, not from " + firstPrepared + " to " + day);
        }
        this.day = day;
        this.firstPrepared = firstPrepared;
        this.calendars = calendars;
        this.minPoints = Math.max(1, settings.minPoints());
        for (Tier t : Tier.values()) noContactDays[t.ordinal()] = settings.noContactDays(t);

        prepareBirthdays(settings.lead(MomentKind.BIRTHDAY), playbook);
        prepareFestivals(settings.lead(MomentKind.FESTIVAL), playbook);
        points = Window.dated(MomentKind.POINTS_EXPIRY, upcoming(settings.lead(MomentKind.POINTS_EXPIRY)), playbook);
        contracts = Window.dated(MomentKind.CONTRACT_EXPIRY, upcoming(settings.lead(MomentKind.CONTRACT_EXPIRY)), playbook);
        int noContactLead = settings.lead(MomentKind.NO_CONTACT);
        // an overdue contact is still due: no "already passed" cut for the gap
        noContact = Window.dated(MomentKind.NO_CONTACT, new int[] {epoch(firstPrepared) + noContactLead, epoch(day) + noContactLead}, playbook);

        // a month's state is known once the month is closed: fresh from the 1st of the next month for stateFreshDays
        // (at most 62, so only the last three closed months can be fresh)
        int lastClosed = dev.retain.engine.value.Months.index(YearMonth.from(day)) - 1;
        firstFreshMonth = lastClosed - 2;
        stateTurns = new DueMoment[2][3][];
        for (int m = firstFreshMonth; m <= lastClosed; m++) {
            YearMonth month = dev.retain.engine.value.Months.fromIndex(m);
            LocalDate known = month.plusMonths(1).atDay(1);
            if (!day.isBefore(known.plusDays(settings.stateFreshDays()))) continue;
            stateTurns[0][m - firstFreshMonth] = perTier(MomentKind.SUSPENSION, null, month.toString(), known, null, playbook);
            stateTurns[1][m - firstFreshMonth] = perTier(MomentKind.PAYMENT_DUE, null, month.toString(), known, null, playbook);
        }
        prepareEvents(settings.lead(MomentKind.REGION_EVENT), events, playbook);
    }

    /** The moments prepared on {@code day}. */
    public static CareDay of(LocalDate day, CareSettings settings, CarePlaybook playbook, CareCalendars calendars, List<RegionEvent> events) {
        return new CareDay(day, day, settings, playbook, calendars, events);
    }

    /** The moments prepared on the days after {@code lastRun} up to {@code day} (at most {@link #MAX_CATCH_UP_DAYS}). */
    public static CareDay catchingUp(LocalDate lastRun, LocalDate day, CareSettings settings, CarePlaybook playbook, CareCalendars calendars, List<RegionEvent> events) {
        return new CareDay(lastRun.plusDays(1), day, settings, playbook, calendars, events);
    }

    public LocalDate day() {
        return day;
    }

    LunarCalendar lunar() {
        return calendars.lunar();
    }

    /** What the run could not do, for the operator: a festival year outside the official table. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Calls {@code sink} with every moment due for rows {@code from} (inclusive) to {@code to} (exclusive). */
    public void forEachDue(CareColumns c, int from, int to, MomentSink sink) {
        DueMoment[][][] events = eventsByRegionIndex(c);
        for (int row = from; row < to; row++) {
            int t = c.tier[row];
            DueMoment[] birthday = birthdays[c.birthKey[row]];
            if (birthday != null) emit(sink, row, birthday[t]);
            for (DueMoment[] festival : festivals) emit(sink, row, festival[t]);
            if (c.points[row] >= minPoints) emit(sink, row, points.at(c.pointsExpiry[row], t));
            emit(sink, row, contracts.at(c.contractEnd[row], t));
            if (c.stateTurn[row] != CareColumns.NO_TURN && c.stateMonth[row] != CareColumns.NO_DAY) {
                int m = c.stateMonth[row] - firstFreshMonth;
                DueMoment[][] turns = stateTurns[c.stateTurn[row] == CareColumns.TURNED_SUSPENDED ? 0 : 1];
                if (m >= 0 && m < turns.length && turns[m] != null) emit(sink, row, turns[m][t]);
            }
            int gap = noContactDays[t];
            int since = c.contactFrom[row];
            if (gap > 0 && since != CareColumns.NO_DAY) {
                // the gap reaches gap, 2·gap, 3·gap … days: the first such date in the window, if any
                int periods = Math.max(1, Math.floorDiv(noContact.lo - since + gap - 1, gap));
                emit(sink, row, noContact.at(since + periods * gap, t));
            }
            if (events != null && c.region[row] >= 0 && events[c.region[row]] != null) {
                for (DueMoment[] e : events[c.region[row]]) emit(sink, row, e[t]);
            }
        }
    }

    private static void emit(MomentSink sink, int row, DueMoment m) {
        if (m != null) sink.accept(row, m);
    }

    private DueMoment[][][] eventsByRegionIndex(CareColumns c) {
        if (eventsByRegion.isEmpty()) return null;
        DueMoment[][][] byIndex = new DueMoment[c.regions.length][][];
        for (int i = 0; i < c.regions.length; i++) {
            List<DueMoment[]> list = eventsByRegion.get(c.regions[i]);
            if (list != null) byIndex[i] = list.toArray(DueMoment[][]::new);
        }
        return byIndex;
    }

    /** Occurrence dates [lo, hi] of moments prepared lead days ahead in this run, past ones left out. */
    private int[] upcoming(int lead) {
        return new int[] {Math.max(epoch(firstPrepared) + lead, epoch(day)), epoch(day) + lead};
    }

    private void prepareBirthdays(int lead, CarePlaybook playbook) {
        int[] window = upcoming(lead);
        for (int d = window[0]; d <= window[1]; d++) {
            LocalDate date = LocalDate.ofEpochDay(d);
            int solar = date.getMonthValue() * 100 + date.getDayOfMonth();
            DueMoment[] solarMoments = perTier(MomentKind.BIRTHDAY, null, String.valueOf(date.getYear()), date, null, playbook);
            birthdays[solar] = solarMoments;
            if (solar == 228 && !date.isLeapYear()) birthdays[229] = solarMoments;
            int[] lunarKeys = Birthdays.lunarBirthdaysOn(date, calendars.lunar());
            if (lunarKeys.length == 0) continue;
            DueMoment[] lunarMoments = perTier(MomentKind.BIRTHDAY, null, "lunar-" + calendars.lunar().toLunar(date).year(), date, null, playbook);
            for (int key : lunarKeys) birthdays[CareColumns.LUNAR + key] = lunarMoments;
        }
    }

    private void prepareFestivals(int lead, CarePlaybook playbook) {
        int[] window = upcoming(lead);
        for (int d = window[0]; d <= window[1]; d++) {
            LocalDate date = LocalDate.ofEpochDay(d);
            if (!calendars.festivals().covers(date.getYear())) {
                String note = "no festival greetings for " + date.getYear() + ": the festival table covers "
                        + calendars.festivals().firstYear() + "-" + calendars.festivals().lastYear() + " (add the year's official dates)";
                if (!notes.contains(note)) notes.add(note);
                continue;
            }
            for (FestivalDate f : calendars.festivals().on(date)) {
                if (f.source() != CalendarSource.TABLE) continue;
                festivals.add(perTier(MomentKind.FESTIVAL, f.festival(), f.festival().code() + ":" + date.getYear(), date, f.festival().code(), playbook));
            }
        }
    }

    private void prepareEvents(int lead, List<RegionEvent> events, CarePlaybook playbook) {
        for (RegionEvent e : events) {
            LocalDate prepared = e.startsOn().minusDays(lead);
            if (e.announcedOn().isAfter(prepared)) prepared = e.announcedOn();
            if (prepared.isBefore(firstPrepared) || prepared.isAfter(day) || day.isAfter(e.endsOn())) continue;
            eventsByRegion.computeIfAbsent(e.region(), r -> new ArrayList<>())
                    .add(perTier(MomentKind.REGION_EVENT, null, e.id(), e.startsOn(), e.reason(), playbook));
        }
    }

    /** One moment per tier (null where the playbook says none): the id, date and occasion shared, the action per tier. */
    static DueMoment[] perTier(MomentKind kind, Festival festival, String occurrence, LocalDate occursOn, String occasion, CarePlaybook playbook) {
        DueMoment[] moments = new DueMoment[TIERS];
        String id = kind.code() + ":" + occurrence;
        for (Tier t : Tier.values()) {
            CareAction action = playbook.actionFor(kind, festival, t);
            if (action.type() != CareAction.Type.NONE) moments[t.ordinal()] = new DueMoment(kind, id, occursOn, occasion, action);
        }
        return moments;
    }

    private static int epoch(LocalDate d) {
        return (int) d.toEpochDay();
    }

    /** Moments keyed by their date (an expiry date, the day a contact gap is reached) within [lo, hi]. */
    private record Window(int lo, int hi, DueMoment[][] byOffset) {

        static Window dated(MomentKind kind, int[] range, CarePlaybook playbook) {
            int lo = range[0];
            int hi = range[1];
            DueMoment[][] byOffset = new DueMoment[Math.max(0, hi - lo + 1)][];
            for (int d = lo; d <= hi; d++) {
                LocalDate date = LocalDate.ofEpochDay(d);
                byOffset[d - lo] = perTier(kind, null, date.toString(), date, null, playbook);
            }
            return new Window(lo, hi, byOffset);
        }

        DueMoment at(int date, int tier) {
            if (date == CareColumns.NO_DAY || date < lo || date > hi) return null;
            return byOffset[date - lo][tier];
        }
    }
}

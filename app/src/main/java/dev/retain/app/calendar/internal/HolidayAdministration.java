package dev.retain.app.calendar.internal;

import dev.retain.app.calendar.HolidaySource;
import dev.retain.app.calendar.HolidayYearChanged;
import dev.retain.app.calendar.PublicHolidayDay;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.calendar.CalendarTableException;
import dev.retain.engine.calendar.HolidayDay;
import dev.retain.engine.calendar.PublicHolidays;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds or replaces years of the holiday table: from the admin's form (one year, the CSV's columns
 * typed in), from an uploaded CSV (every year the file lists, each replaced whole) and from the
 * engine's shipped table at start-up. The whole input is read and checked with the engine's
 * parser before anything is written, and written in one transaction: a bad file changes nothing.
 * A year whose days are already on file is left alone (a re-import is idempotent); every year
 * changed is audited and announced with {@link HolidayYearChanged}.
 */
@Service
public class HolidayAdministration {

    /** Audit action of a year added or replaced; subject {@code holidays <year>}. */
    public static final String HOLIDAYS_CHANGED = "holidays_changed";
    /** Who changed the shipped years. */
    static final String SHIPPED_BY = "retain";

    private final HolidayTable table;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HolidayAdministration(HolidayTable table, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.table = table;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The admin's form: {@code csv} holds the header and the rows of {@code year} in the table's columns. */
    @Transactional
    public List<HolidayChange> saveYear(int year, String csv, RetainUser by) {
        String name = "form";
        List<HolidayDay> days = parse(new StringReader(csv), name);
        for (HolidayDay d : days) {
            if (d.year() != year) throw new CalendarTableException(name, 0, "year", d.date() + " is listed for " + d.year() + ", not " + year);
        }
        if (days.isEmpty()) throw new CalendarTableException(name, 0, null, "no days listed: a year lists its days off and make-up working days");
        return apply(Map.of(year, days), HolidaySource.ADMIN, by.username(), "form", name);
    }

    /** An uploaded file in the engine's CSV format: every year it lists is added or replaced whole. */
    @Transactional
    public List<HolidayChange> importCsv(byte[] file, String fileName, RetainUser by) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        List<HolidayDay> days = parse(utf8(file, name), name);
        if (days.isEmpty()) throw new CalendarTableException(name, 0, null, "no days listed");
        Map<Integer, List<HolidayDay>> byYear = days.stream().collect(Collectors.groupingBy(HolidayDay::year, TreeMap::new, Collectors.toList()));
        return apply(byYear, HolidaySource.ADMIN, by.username(), "upload " + name, name);
    }

    /**
     * The engine's shipped years that are not on file (a year the admin set is never overwritten by
     * the shipped one). A shipped year that clashes with the admin's years (a date in both) is left
     * out and named in {@code skipped}, so the start goes on.
     */
    @Transactional
    public List<HolidayChange> seedShipped(PublicHolidays shipped, List<String> skipped) {
        table.lockForChange();
        PublicHolidays onFile = table.calendar();
        Map<Integer, List<HolidayDay>> missing = new TreeMap<>();
        for (int year : shipped.announcedYears()) {
            if (onFile.isAnnounced(year)) continue;
            try {
                onFile = onFile.withYear(year, shipped.daysOf(year));
                missing.put(year, shipped.daysOf(year));
            } catch (IllegalArgumentException e) {
                skipped.add(year + ": " + e.getMessage());
            }
        }
        return missing.isEmpty() ? List.of() : apply(missing, HolidaySource.SHIPPED, SHIPPED_BY, "shipped table", "public-holidays.csv");
    }

    private List<HolidayChange> apply(Map<Integer, List<HolidayDay>> years, HolidaySource source, String by, String how, String inputName) {
        table.lockForChange();
        PublicHolidays current = table.calendar();
        PublicHolidays next = current;
        for (Map.Entry<Integer, List<HolidayDay>> y : years.entrySet()) {
            try {
                // the engine's check across years: no date in two arrangements
                next = next.withYear(y.getKey(), y.getValue());
            } catch (IllegalArgumentException e) {
                throw new CalendarTableException(inputName, 0, "date", e.getMessage());
            }
        }
        Instant at = clock.instant();
        List<HolidayChange> changes = new ArrayList<>();
        for (Map.Entry<Integer, List<HolidayDay>> y : years.entrySet()) {
            int year = y.getKey();
            List<HolidayDay> days = y.getValue().stream().sorted(Comparator.comparing(HolidayDay::date)).toList();
            int workdays = (int) days.stream().filter(HolidayDay::workday).count();
            List<PublicHolidayDay> before = table.daysOf(year);
            HolidayChange.Outcome outcome;
            if (before.isEmpty()) outcome = HolidayChange.Outcome.ADDED;
            else if (same(before, days)) outcome = HolidayChange.Outcome.UNCHANGED;
            else outcome = HolidayChange.Outcome.REPLACED;
            HolidayChange change = new HolidayChange(year, outcome, days.size() - workdays, workdays);
            changes.add(change);
            if (outcome == HolidayChange.Outcome.UNCHANGED) continue;
            table.replaceYear(year, days, source, by, at);
            if (source == HolidaySource.ADMIN) {
                auditLog.recordAs(by, HOLIDAYS_CHANGED, "holidays " + year, outcome.code() + " by " + how + ": "
                        + change.daysOff() + " days off, " + change.workdays() + " make-up working days (before: " + before.size() + " days)");
            }
            events.publishEvent(new HolidayYearChanged(year, source, days.size(), by));
        }
        return changes;
    }

    /** The same days with the same kind and break: source and author do not count. */
    private static boolean same(List<PublicHolidayDay> onFile, List<HolidayDay> days) {
        Set<String> a = onFile.stream().map(d -> d.date() + "/" + d.workday() + "/" + d.holiday()).collect(Collectors.toSet());
        Set<String> b = days.stream().map(d -> d.date() + "/" + d.workday() + "/" + d.holiday().code()).collect(Collectors.toSet());
        return a.equals(b) && onFile.size() == days.size();
    }

    private static List<HolidayDay> parse(Reader csv, String name) {
        try {
            return PublicHolidays.parse(csv, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text; bytes that are not UTF-8 refuse the file instead of turning into replacement characters. */
    private static Reader utf8(byte[] file, String name) {
        try {
            return new StringReader(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(file)).toString());
        } catch (CharacterCodingException e) {
            throw new CalendarTableException(name, 0, null, "not UTF-8 text");
        }
    }
}

package dev.retain.bench;

import dev.retain.engine.care.CareCalendars;
import dev.retain.engine.care.CareColumns;
import dev.retain.engine.care.CareDay;
import dev.retain.engine.care.CareFacts;
import dev.retain.engine.care.CarePlaybook;
import dev.retain.engine.care.CareSettings;
import dev.retain.engine.care.DueMoments;
import dev.retain.engine.care.KeyMoments;
import dev.retain.engine.care.RegionEvent;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * The care calendar's daily run over N subscribers held in columns (the engine's part of the app's
 * daily care job): building the columns once (lunar birth dates converted), then the median of R
 * runs of an ordinary day and of the day the Spring Festival greetings are prepared, when every
 * programme customer has a moment.
 */
final class CareDayBench {

    private CareDayBench() {
    }

    public static void main(String[] args) {
        BenchArgs a = new BenchArgs(args);
        int n = (int) a.number("subscribers", 1_000_000);
        int runs = (int) a.number("runs", 7);
        CareCalendars calendars = CareCalendars.official();
        CareSettings settings = CareSettings.defaults();
        CarePlaybook playbook = CarePlaybook.defaults();

        long t0 = System.nanoTime();
        CareColumns.Builder builder = CareColumns.builder(calendars.lunar(), n);
        Random r = new Random(7);
        for (int i = 0; i < n; i++) builder.add(subscriber(r));
        CareColumns columns = builder.build();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("columns: %,d subscribers in %.2f s (%,.0f rows/s), %d CPUs%n", n, buildSeconds, n / buildSeconds,
                Runtime.getRuntime().availableProcessors());

        List<RegionEvent> events = List.of(new RegionEvent("typhoon", "wenzhou", LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12), "台风", null));
        report("ordinary day 2027-08-10 (with a region event)", columns, runs, () -> CareDay.of(LocalDate.of(2027, 8, 10), settings, playbook, calendars, events));
        report("Spring Festival prepared 2027-01-30", columns, runs, () -> CareDay.of(LocalDate.of(2027, 1, 30), settings, playbook, calendars, List.of()));
    }

    private static void report(String label, CareColumns columns, int runs, java.util.function.Supplier<CareDay> day) {
        double[] seconds = new double[runs];
        DueMoments due = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            due = KeyMoments.dueForAll(columns, day.get());
            seconds[i] = (System.nanoTime() - t) / 1e9;
        }
        double median = Medians.of(seconds);
        System.out.printf("%s: %,d moments, median %.3f s over %d runs (%,.0f subscribers/s) %s%n", label, due.size(), median, runs,
                columns.size() / median, due.countByKind());
    }

    /** A subscriber with the contract's spread: a tenth VIP, a quarter with lunar birthdays, points on half. */
    private static CareFacts subscriber(Random r) {
        int roll = r.nextInt(100);
        Tier tier = roll < 1 ? Tier.DIAMOND : roll < 4 ? Tier.GOLD : roll < 10 ? Tier.SILVER : Tier.NONE;
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(r.nextInt(365 * 60));
        LocalDate join = LocalDate.of(2005, 1, 1).plusDays(r.nextInt(365 * 21));
        LocalDate contact = r.nextBoolean() ? null : LocalDate.of(2026, 1, 1).plusDays(r.nextInt(580));
        AccountState before = AccountState.ACTIVE;
        int s = r.nextInt(100);
        AccountState now = s < 2 ? AccountState.SUSPENDED : s < 3 ? AccountState.PRECANCEL : AccountState.ACTIVE;
        String region = new String[] {"hangzhou", "ningbo", "wenzhou", "jiaxing", "huzhou", "shaoxing", "jinhua", "quzhou", "zhoushan", "taizhou", "lishui"}[r.nextInt(11)];
        return new CareFacts(tier, birth, r.nextInt(4) == 0, region, r.nextBoolean() ? r.nextInt(50_000) : 0,
                LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365)), r.nextBoolean() ? LocalDate.of(2026, 6, 1).plusDays(r.nextInt(900)) : null,
                join, contact, YearMonth.of(2027, 7), now, before);
    }
}

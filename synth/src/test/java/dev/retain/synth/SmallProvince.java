package dev.retain.synth;

import dev.retain.engine.value.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One small province (5,000 subscribers × 13 months) generated once per test JVM and read
 * back into plain structures, shared by the test classes so each does not pay for it again.
 */
final class SmallProvince {

    static final ProvinceSpec SPEC = new ProvinceSpec(5_000, 13, YearMonth.of(2026, 10), 20261031L);

    record Usage(YearMonth month, long billFen, int mou, String state) {
    }

    final Path dir;
    final GenerationSummary summary;
    final Table subscribers;
    final Table usage;
    final Table peers;
    final Table plans;
    final Table managers;
    final Table groups;
    final Table regions;
    final Table complaints;
    /** Usage rows per MSISDN, in file order. */
    final Map<String, List<Usage>> usageBySubscriber = new LinkedHashMap<>();
    final Map<String, String[]> subscriberByMsisdn = new HashMap<>();

    private static SmallProvince instance;

    static synchronized SmallProvince get() {
        if (instance == null) {
            try {
                instance = new SmallProvince();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private SmallProvince() throws IOException {
        dir = Files.createTempDirectory("retain-synth-tests");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        summary = new ProvinceGenerator(SPEC).generate(dir, n -> { });
        subscribers = Table.read(dir.resolve(ProvinceGenerator.SUBSCRIBERS));
        usage = Table.read(dir.resolve(ProvinceGenerator.USAGE));
        peers = Table.read(dir.resolve(ProvinceGenerator.CALL_PEERS));
        plans = Table.read(dir.resolve(ProvinceGenerator.PLANS));
        managers = Table.read(dir.resolve(ProvinceGenerator.MANAGERS));
        groups = Table.read(dir.resolve(ProvinceGenerator.GROUPS));
        regions = Table.read(dir.resolve(ProvinceGenerator.REGIONS));
        complaints = Table.read(dir.resolve(ProvinceGenerator.COMPLAINTS));
        int msisdn = subscribers.col("msisdn");
        for (String[] row : subscribers.rows()) {
            subscriberByMsisdn.put(row[msisdn], row);
        }
        int um = usage.col("msisdn");
        int month = usage.col("month");
        int bill = usage.col("bill");
        int mou = usage.col("mou_out");
        int state = usage.col("state");
        for (String[] row : usage.rows()) {
            usageBySubscriber.computeIfAbsent(row[um], k -> new ArrayList<>())
                    .add(new Usage(YearMonth.parse(row[month]), Money.parseFen(row[bill]), Integer.parseInt(row[mou]), row[state]));
        }
    }

    String subscriber(String msisdn, String column) {
        return subscriberByMsisdn.get(msisdn)[subscribers.col(column)];
    }

    LocalDate joinDate(String msisdn) {
        return LocalDate.parse(subscriber(msisdn, "join_date"));
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = summary.firstMonth(); !m.isAfter(summary.lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Money text to fen, exactly: "188.00" → 18800. */
    /**
     * For a subscriber cancelled by the end of the window, how many months it stayed active
     * before its first suspension or cancellation; -1 for a subscriber still there.
     */
    static int activeMonthsBeforeLeaving(List<Usage> rows) {
        if (!rows.get(rows.size() - 1).state().equals("cancelled")) {
            return -1;
        }
        int s = 0;
        while (s < rows.size() && rows.get(s).state().equals("active")) {
            s++;
        }
        return s;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}

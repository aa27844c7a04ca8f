package dev.retain.app.cli;

import dev.retain.app.care.CareRuns;
import dev.retain.app.campaign.CampaignDemo;
import dev.retain.app.inspection.InspectionDemo;
import dev.retain.app.campaign.offer.OfferDemo;
import dev.retain.app.complaint.ComplaintDemo;
import dev.retain.app.merchant.MerchantDemo;
import dev.retain.app.survey.SurveyDemo;
import dev.retain.app.security.Role;
import dev.retain.app.core.DataLoadingHealthIndicator;
import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import dev.retain.app.cycle.CycleRun;
import dev.retain.app.cycle.CycleService;
import dev.retain.synth.ProvinceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * {@code retain demo}: the web application on the embedded database with a demo province.
 *
 * <p>The province ends at the last closed month before today (today from the business clock,
 * which {@code --today} or RETAIN_TODAY can set), so on the day it is started its tasks fall due
 * in the coming days, as a real month's would. On the first start it generates the province
 * under var/demo (kept for the next first start while its month and size still fit), imports it,
 * and waits for the cycles the import queues (its last two months, oldest first: see the cycle
 * module's ImportTrigger). Until then the health and readiness endpoints say "not ready"
 * (core's {@link DataLoadingHealthIndicator}). Later starts find the data in var/db and only start the
 * server: a demo imported in an earlier month keeps its data (nothing is deleted by a start) and
 * says how to see it as of its own month or to start afresh. Prints the URL and one login per
 * role.
 */
final class DemoCommand {

    static final Set<String> OPTIONS = Set.of("subscribers", "home", "port", "today");
    private static final String COMPLETE_MARKER = ".complete";
    private static final int MONTHS = 13;
    private static final long SEED = 7;
    /** Far more than a 50,000-subscriber province's two cycles take (about a minute on a laptop). */
    static final Duration CYCLES_TIMEOUT = Duration.ofMinutes(30);

    private DemoCommand() {
    }

    static int run(Options o, PrintStream out) throws IOException {
        Started started = start(o, out);
        return started.exitCode() == 0 ? RetainCommandLine.KEEP_RUNNING : started.exitCode();
    }

    /** The running application, and 0 when the demo is ready, 2 when its data could not be loaded. */
    record Started(ConfigurableApplicationContext app, int exitCode) {
    }

    static Started start(Options o, PrintStream out) throws IOException {
        Path home = Path.of(o.text("home", System.getenv().getOrDefault("RETAIN_HOME", ".")));
        List<String> args = new ArrayList<>(List.of("--retain.db.embedded-dir=" + home.resolve("var").resolve("db"),
                "--retain.readiness.await-data=true",
                // the demo shows its API documentation to anyone on this machine; serve keeps it behind a login
                "--retain.security.openapi-public=true",
                // with no SMS gateway configured (RETAIN_SMS_SMPP_HOST unset), a local SMSC simulator takes the demo's SMS
                "--retain.sms.simulator.enabled=true",
                // the demo runs today's care calendar itself once its data is loaded (a catch-up before would find none)
                "--retain.care.catch-up-on-start=false"));
        String today = o.text("today", null);
        if (today != null) args.add("--retain.today=" + date(today));
        ConfigurableApplicationContext app = ServeCommand.start(o, args.toArray(String[]::new));
        LocalDate date = LocalDate.now(app.getBean(Clock.class));
        YearMonth last = lastClosedMonth(date);
        DemoData data = app.getBean(DemoData.class);
        CycleService cycles = app.getBean(CycleService.class);
        try {
            if (data.hasSubscribers()) {
                foundEarlier(cycles, last, out);
            } else if (!load(app, home.resolve("var").resolve("demo").resolve("province"), last,
                    o.number("subscribers", 50_000), date, out)) {
                return new Started(app, 2);
            }
        } catch (TimeoutException e) {
            out.println("error: " + e.getMessage() + "; the demo is not ready (see the log, or /cycles once it is)");
            return new Started(app, 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading the demo data", e);
        }
        runCareCalendar(app, out);
        seedComplaints(app, out);
        DemoData.DemoLogins logins = data.ensureLogins();
        String counterCustomer = seedMerchants(app, logins, out);
        app.getBean(CampaignDemo.class).seed().ifPresent(e -> out.printf(Locale.ROOT,
                "VIP event: %s, %d tickets; a customer claims one by texting %s (on /sms/simulator as the customer; supervisor: /events/%d)%n",
                e.title(), e.tickets(), e.keyword(), e.id()));
        int offers = app.getBean(OfferDemo.class).seed();
        out.printf(Locale.ROOT, "Offer catalogue: %d offers, one of each kind (/offers); a customer's 360 view ranks those that fit (next best offer)%n", offers);
        CampaignDemo.DemoCampaign campaign = app.getBean(CampaignDemo.class).seedCampaign();
        out.printf(Locale.ROOT, "campaign: %s, SMS to the yellow zone with a 10%% holdout, ready to run (supervisor: /campaigns/%d); "
                + "the treated group's texts reach /sms/simulator, the holdout's never%n", campaign.name(), campaign.id());
        app.getBean(InspectionDemo.class).seed().ifPresent(r -> out.printf(Locale.ROOT,
                "inspection: round %d in %s/%s, %d customers drawn with seed %d, %d inspected (supervisor or analyst: /inspections/%d)%n",
                r.id(), r.region(), r.branch(), r.drawn(), r.seed(), r.inspected(), r.id()));
        SurveyDemo.Seeded surveys = app.getBean(SurveyDemo.class).seed();
        if (surveys.responses() + surveys.liveLinks() > 0) {
            out.printf(Locale.ROOT, "surveys: %d answered surveys on file, %d links just sent (answer one from /sms/simulator on a phone; "
                    + "supervisor or analyst: /surveys)%n", surveys.responses(), surveys.liveLinks());
        }
        app.getBean(DataLoadingHealthIndicator.class).loaded();
        String port = app.getBean(Environment.class).getProperty("local.server.port", "8080");
        out.println();
        out.println("Retain is running: http://localhost:" + port + "   (Ctrl-C stops it)");
        logins.print(out);
        if (counterCustomer != null) out.println(counterCustomer);
        return new Started(app, 0);
    }

    /** Today's key moments (birthdays, festivals, …): greetings queued for the SMSC simulator, tasks for the managers. */
    private static void runCareCalendar(ConfigurableApplicationContext app, PrintStream out) {
        app.getBean(CareRuns.class).runToday("demo").ifPresentOrElse(
                r -> out.printf(Locale.ROOT, "care calendar %s: %,d moments due, %,d new: %,d messages queued, %,d tasks opened%s%n",
                        r.day(), r.momentsDue(), r.momentsNew(), r.messages(), r.tasks(),
                        r.notes().isEmpty() ? "" : " (" + String.join("; ", r.notes()) + ")"),
                () -> out.println("care calendar: another run is going on"));
    }

    /** Complaints and work orders in every state (issue 13), once: a later start adds nothing twice. */
    private static void seedComplaints(ConfigurableApplicationContext app, PrintStream out) {
        ComplaintDemo.Seeded s = app.getBean(ComplaintDemo.class).seed();
        out.printf(Locale.ROOT, "complaints: %,d demo complaints in every state (%,d new), %,d closed ones sampled for a quality callback%n",
                s.complaints(), s.created(), s.sampled());
        app.getBean(ComplaintDemo.class).planVisitDay().ifPresent(v -> out.printf(Locale.ROOT,
                "complaint visits %s: %d booked, %d planned for %d visitors (handler: /complaints/visits/plan?day=%s)%n",
                v.day(), v.booked(), v.planned(), v.visitors(), v.day()));
    }

    /**
     * The merchant alliance (issue 14): five merchants, a merchant admin and a clerk login, tenure points for the
     * demo's high-value customers. Returns the line that tells how to try the counter.
     */
    private static String seedMerchants(ConfigurableApplicationContext app, DemoData.DemoLogins logins, PrintStream out) {
        MerchantDemo.Seeded m = app.getBean(MerchantDemo.class).seed("shop", "clerk", DemoData.PASSWORD);
        out.printf(Locale.ROOT, "merchant alliance: %d merchants online, %,d high-value customers given %,d tenure points%n", m.merchants(),
                m.customersGranted(), MerchantDemo.TENURE_POINTS);
        if (m.settlementToReview() != null) {
            out.printf(Locale.ROOT, "settlement: %s applied for %s by %s; admin reviews it on /admin/settlements%n", m.merchantName(),
                    m.settlementToReview(), m.adminLogin());
        }
        logins.add(m.adminLogin(), Role.MERCHANT_ADMIN, m.merchantName());
        logins.add(m.clerkLogin(), Role.MERCHANT_CLERK, m.merchantName());
        if (m.customerMsisdn() == null) return null;
        return String.format(Locale.ROOT, "At the counter (log in as %s): customer %s has %,d points; the one-time code reaches /sms/simulator "
                + "(as supervisor: \"Read on the customer's handset\").%nThe demo till's API key for /api/v1/counter (new at every start): %s",
                m.clerkLogin(), m.customerMsisdn(), m.customerPoints(), m.tillKey());
    }

    /** The last month that has ended before {@code today}: the newest a real province could have exported. */
    static YearMonth lastClosedMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    private static String date(String text) {
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new UsageException("demo: --today must be a date YYYY-MM-DD, not '" + text + "'");
        }
    }

    /** Generates (or reuses) the province, imports it and waits for the cycles the import queued; false when the import failed. */
    private static boolean load(ConfigurableApplicationContext app, Path province, YearMonth last, long subscribers, LocalDate today,
                                PrintStream out) throws IOException, InterruptedException, TimeoutException {
        out.println("today is " + today + ": the demo province ends at the last closed month, " + last);
        ensureProvince(province, last, subscribers, out);
        CycleService cycles = app.getBean(CycleService.class);
        long before = cycles.newestRunId();
        ImportRun imported = app.getBean(ImportService.class).importFrom(province, "demo", ImportService.CLI);
        out.println("import " + imported.status() + (imported.message() == null ? "" : ": " + imported.message()));
        if (!ImportRun.SUCCEEDED.equals(imported.status())) return false;
        ComplaintFile.importIfPresent(app, province, "demo", out);
        out.println("waiting for the cycles the import queued (" + last.minusMonths(1) + ", " + last + ")");
        for (CycleRun run : cycles.awaitQueuedAfter(before, last, CYCLES_TIMEOUT)) {
            out.println("cycle " + run.month() + ": " + run.status().code() + (run.error() == null ? "" : ": " + run.error()));
        }
        return true;
    }

    /**
     * The province of var/demo is generated once and reused while it fits: a folder generated for
     * another last month or size (a demo started afresh in a later month) is generated again.
     */
    private static void ensureProvince(Path province, YearMonth last, long subscribers, PrintStream out) throws IOException {
        Path marker = province.resolve(COMPLETE_MARKER);
        String wanted = "last-month=" + last + "\nsubscribers=" + subscribers + "\n";
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(wanted)) {
            out.println("using the demo province generated before in " + province);
            return;
        }
        FileSystemUtils.deleteRecursively(province);
        out.println("generating the demo province into " + province + " (first start only)");
        GenerateCommand.generate(new ProvinceSpec(subscribers, MONTHS, last, SEED), province, out);
        Files.writeString(marker, wanted, StandardCharsets.UTF_8);
    }

    /** A later start: the data stays; when it ends before the last closed month, say what that means and what to do. */
    private static void foundEarlier(CycleService cycles, YearMonth last, PrintStream out) throws InterruptedException, TimeoutException {
        Optional<YearMonth> newest = cycles.latestUsageMonth();
        out.println("demo data found in the database" + newest.map(m -> ", ending " + m).orElse("")
                + " (delete var/db and var/demo to start afresh)");
        if (newest.isPresent() && newest.get().isBefore(last)) {
            out.println("  the last closed month is now " + last + ", so its tasks are past due; to see it as of its own month: "
                    + "./retain demo --today " + newest.get().plusMonths(1).atDay(1));
        }
        // cycles a first start queued and did not see finish (it was stopped) run again now: ready once they are done
        cycles.awaitNoneUnfinished(CYCLES_TIMEOUT);
    }
}

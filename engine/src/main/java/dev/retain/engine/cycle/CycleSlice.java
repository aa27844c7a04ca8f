package dev.retain.engine.cycle;

import dev.retain.engine.assign.Assignment;
import dev.retain.engine.assign.AssignmentRequest;
import dev.retain.engine.assign.AssignmentResult;
import dev.retain.engine.assign.RoutingRule;
import dev.retain.engine.churn.ChurnHistory;
import dev.retain.engine.churn.ProvinceChurnModel;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.grade.RfmCuts;
import dev.retain.engine.grade.RfmMeasures;
import dev.retain.engine.grade.RfmValues;
import dev.retain.engine.grade.ValueGrading;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.PreviousAssignments;
import dev.retain.engine.load.Province;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.load.Subscribers;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.Facts;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.task.RetentionTask;
import dev.retain.engine.task.TaskPlanner;
import dev.retain.engine.value.EnterpriseGroup;
import dev.retain.engine.value.Tier;
import dev.retain.engine.zone.ZoneClassifier;
import dev.retain.engine.zone.ZoneRule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The cycle over a part of a province that holds every row of its subscribers: the whole province on one
 * machine, a partition by MSISDN in the Spark job. Its steps run in the order their results depend on
 * each other. Between them, three things are the whole province's: the churn base rates (before
 * {@link #score}), the RFM quintile cuts (before {@link #grade}) and the assignment (before {@link #plan}).
 * One machine takes them from its one slice ({@code CycleComputation}); the Spark job adds up every
 * slice's part first. Per-subscriber steps run on all cores in chunks.
 */
public final class CycleSlice {

    private static final int CHUNK = 16_384;

    private final CycleSettings settings;
    private final RuleSet rules;
    private final Progress progress;
    private final ZoneClassifier zones;
    private final Province province;
    private final MonthContext months;
    private final PreviousAssignments previous;
    private final ChurnResult churn;
    private final SegmentColumns seg;
    private final ChurnBaseRates observed = new ChurnBaseRates();
    private RfmMeasures measures;
    private RfmValues rfm;
    private ChurnBaseRates rates;
    private ProvinceChurnModel.Scored scored;
    private FactsBuilder facts;
    private AssignmentResult assigned;
    private List<RetentionTask> tasks;

    CycleSlice(CycleSettings settings, RuleSet rules, Progress progress, Province province, MonthContext months,
               PreviousAssignments previous, ChurnResult churn) {
        this.settings = settings;
        this.rules = rules;
        this.progress = progress;
        this.zones = new ZoneClassifier(settings.zones());
        this.province = province;
        this.months = months;
        this.previous = previous;
        this.churn = churn;
        this.seg = new SegmentColumns(province.subscribers().size());
    }

    /**
     * Loads a part of a province (every file of {@code loader} holds the rows of the same subscribers) and
     * its churn model: a saved one, or none. Training needs the whole province, so a slice never trains.
     */
    public static CycleSlice loadPart(CycleSettings settings, RuleSet rules, Progress progress, ProvinceLoader loader, YearMonth month,
                                      ChurnModelSource model, PreviousAssignments previous, Clock clock) {
        if (model instanceof ChurnModelSource.Train) throw new IllegalArgumentException("a part of a province cannot train the churn model: give a saved one");
        ChurnStep step = new ChurnStep(model, settings, clock);
        LoadedMonth loaded = LoadedMonth.loadPart(loader, month, step.usageMonths(month), step.peerMonths(month));
        return new CycleSlice(settings, rules, progress, loaded.province(), loaded.months(), previous, step.model(loaded));
    }

    /** Zones and tiers of this month and last, monthly value, RFM measures; this slice's churn observations. */
    public void classify() {
        Subscribers subs = province.subscribers();
        int n = subs.size();
        parallelChunks(n, "zones", (from, to) -> {
            for (int i = from; i < to; i++) classify(subs, i);
        });
        for (int i = 0; i < n; i++) observed.observe(seg.previousZone(i), seg.zone(i));
        measures = new RfmMeasures(n);
        MonthUsage[] window = new MonthUsage[RfmMeasures.WINDOW];
        for (int back = 0; back < window.length; back++) window[back] = province.usage().month(months.month().minusMonths(back));
        boolean[] present = new boolean[n];
        parallelChunks(n, "value", (from, to) -> {
            for (int i = from; i < to; i++) {
                present[i] = !seg.zone(i).left();
                for (int back = 0; back < window.length; back++) {
                    MonthUsage u = window[back];
                    if (u.has(i)) measures.observe(i, back, u.billFen(i), u.mouOut(i), u.sms(i), u.dataMb(i));
                }
            }
        });
        rfm = RfmValues.of(measures, present);
    }

    /** This slice's part of the churn base rates: last month's zone against this month's. */
    public ChurnBaseRates observedRates() {
        return observed;
    }

    /** This slice's part of the values the RFM quintiles rank, and the base they rank in. */
    public RfmValues rfmValues() {
        return rfm;
    }

    /** The customers of this slice to assign a manager, {@code subscriber} being their position in the slice. */
    public List<AssignmentRequest> assignmentRequests() {
        Subscribers subs = province.subscribers();
        List<AssignmentRequest> requests = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            if (!inProgramme(i)) continue;
            Tier tier = seg.tier(i);
            String group = subs.group(i);
            EnterpriseGroup g = group == null ? null : province.groups().get(group);
            requests.add(new AssignmentRequest(i, subs.msisdn(i), subs.region(i), RoutingRule.roleFor(tier, group != null),
                    g == null ? null : g.accountManagerId(), previous.managerOf(subs.msisdn(i)), seg.monthlyValueFen[i]));
        }
        return requests;
    }

    /** Churn scores by the model, else by the province's base rate of the zone; value at risk over the horizon. */
    public void score(ChurnBaseRates provinceRates) {
        this.rates = provinceRates;
        int n = seg.size();
        // the model scores those it can still warn about; the white zone keeps its base rate, the gone score 0
        scored = churn == null || !churn.hasModel() ? null
                : churn.model().score(churn.history(), months.month(), i -> !ChurnHistory.lost(seg.zone(i)));
        for (int i = 0; i < n; i++) {
            boolean modelled = scored != null && !Float.isNaN(scored.score()[i]);
            seg.churnScore[i] = seg.zone(i).left() ? 0 : modelled ? scored.score()[i] : provinceRates.rate(seg.zone(i).zone());
            seg.valueAtRiskFen[i] = Math.round(seg.churnScore[i] * seg.monthlyValueFen[i] * settings.horizonMonths());
        }
    }

    /** RFM scores by the province's cuts, and lifetime value from the churn score. */
    public void grade(RfmCuts provinceCuts) {
        seg.value = ValueGrading.grade(rfm, provinceCuts, measures, seg.churnScore, settings.lifetimeValue());
    }

    /** The rules over every programme customer's facts. */
    public void evaluateRules() {
        facts = new FactsBuilder(province.subscribers(), province.calls(), province.complaints(), months, seg, settings.zones());
        parallelChunks(seg.size(), "rules", (from, to) -> {
            Facts f = new Facts();
            for (int i = from; i < to; i++) {
                if (!inProgramme(i)) continue;
                facts.fill(f, i);
                seg.ruleMask[i] = rules.evaluate(f);
            }
        });
    }

    /** A task for every customer a rule matched, with the manager {@code assignment} gave them (its subscribers: positions in this slice). */
    public List<RetentionTask> plan(AssignmentResult assignment) {
        this.assigned = assignment;
        Subscribers subs = province.subscribers();
        String[] managerOf = new String[seg.size()];
        for (Assignment a : assignment.assignments()) managerOf[a.subscriber()] = a.managerId();
        TaskPlanner planner = new TaskPlanner(rules);
        tasks = new ArrayList<>();
        for (int i = 0; i < seg.size(); i++) {
            RetentionTask task = planner.plan(months.month(), subs.msisdn(i), seg.ruleMask[i], seg.valueAtRiskFen[i], managerOf[i]);
            if (task != null) tasks.add(task);
        }
        return tasks;
    }

    /** Whether the model scored the customer of {@code msisdn} (the white and the gone have no model score to explain). */
    public boolean explainable(String msisdn) {
        int i = province.subscribers().index().find(msisdn);
        return scored != null && i >= 0 && !Float.isNaN(scored.score()[i]);
    }

    /** How many of the most urgent tasks get reasons: the phone managers' calls in a month; 0 without a model. */
    public int explainLimit() {
        return churn == null || !churn.hasModel() ? 0 : churn.explainLimit();
    }

    /** The model's reasons for the customers {@code chosen} picked ({@link ExplainedTasks}); nothing without a model. */
    public void explain(java.util.function.Predicate<String> chosen) {
        if (scored == null) return;
        Subscribers subs = province.subscribers();
        IntPredicate who = i -> chosen.test(subs.msisdn(i));
        churn.model().explain(churn.history(), months.month(), scored, who);
    }

    boolean hasModelScores() {
        return scored != null;
    }

    CycleOutcome outcome() {
        return new CycleOutcome(province, months, seg, assigned, tasks, rates, churn, scored, facts);
    }

    public void writeSegments(Path file) throws IOException {
        CycleFiles.writeSegments(outcome(), file);
    }

    public void writeFacts(Path file) throws IOException {
        FactsFile.write(outcome(), file);
    }

    public void writeTasks(Path file) throws IOException {
        CycleFiles.writeTasks(outcome(), file);
    }

    public void writeAssignments(Path file) throws IOException {
        CycleFiles.writeAssignments(outcome(), file);
    }

    /** summary.json's figures over this slice (the Spark job adds the slices' up). */
    public CycleSummary summary(List<FileLoad> loads, Timings timings) {
        return CycleSummary.of(outcome(), rules, loads, timings);
    }

    public int size() {
        return seg.size();
    }

    /** This slice's usage rows of the cycle month (a province without any has not closed the month). */
    public long monthRows() {
        return months.m1().rows();
    }

    public Province province() {
        return province;
    }

    private void classify(Subscribers subs, int i) {
        MonthUsage m1 = months.m1();
        MonthUsage m2 = months.m2();
        MonthUsage m3 = months.m3();
        long commit = subs.minCommitFen(i);
        ZoneRule now = zones.classify(m1.has(i), m1.state(i), m1.billFen(i), m1.mouOut(i), m2.has(i), m2.billFen(i), m2.mouOut(i), commit);
        ZoneRule before = zones.classify(m2.has(i), m2.state(i), m2.billFen(i), m2.mouOut(i), m3.has(i), m3.billFen(i), m3.mouOut(i), commit);
        seg.zoneRule[i] = (byte) now.ordinal();
        seg.previousZoneRule[i] = (byte) before.ordinal();
        seg.monthlyValueFen[i] = Math.max(m1.has(i) ? m1.billFen(i) : 0, m2.has(i) ? m2.billFen(i) : 0);
        Tier imported = subs.importedTier(i);
        if (imported != null) {
            seg.tier[i] = (byte) imported.ordinal();
        } else {
            int count = (m1.has(i) ? 1 : 0) + (m2.has(i) ? 1 : 0) + (m3.has(i) ? 1 : 0);
            long sum = m1.billFen(i) + m2.billFen(i) + m3.billFen(i); // a month without a row holds 0
            long mean = count == 0 ? 0 : sum / count;
            seg.tier[i] = (byte) settings.tiers().tierFor(mean, FactsBuilder.tenureMonths(subs.joinEpochDay(i), months.month()), subs.brand(i)).ordinal();
            seg.tierFromRules[i] = true;
        }
    }

    /**
     * The retention programme: customers who have not left (R2.2: gone means no task) and
     * hold a VIP card or had a bill of at least A in M-1 or M-2 — which every blue, green,
     * yellow and red customer has. A suspended low spender is white by R2.2 but not in the
     * programme. Only programme customers are evaluated by the rules and assigned a manager.
     */
    private boolean inProgramme(int i) {
        if (seg.zone(i).left()) return false;
        if (seg.tier(i).isVip()) return true;
        long a = settings.zones().highValueBillFen();
        return months.m1().billFen(i) >= a || (months.m2().has(i) && months.m2().billFen(i) >= a);
    }

    private void parallelChunks(int n, String phase, ChunkTask task) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        AtomicLong done = new AtomicLong();
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * CHUNK;
            int to = Math.min(n, from + CHUNK);
            task.run(from, to);
            progress.update(phase, done.addAndGet(to - from), n);
        });
    }

    @FunctionalInterface
    private interface ChunkTask {
        void run(int from, int to);
    }
}

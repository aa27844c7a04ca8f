package dev.retain.engine.cycle;

import dev.retain.engine.assign.Assigner;
import dev.retain.engine.assign.Assignment;
import dev.retain.engine.assign.AssignmentRequest;
import dev.retain.engine.assign.AssignmentResult;
import dev.retain.engine.assign.RoutingRule;
import dev.retain.engine.churn.ChurnHistory;
import dev.retain.engine.churn.ProvinceChurnModel;
import dev.retain.engine.grade.RfmMeasures;
import dev.retain.engine.grade.ValueGrading;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.MsisdnIndex;
import dev.retain.engine.load.PreviousAssignments;
import dev.retain.engine.load.Province;
import dev.retain.engine.load.Subscribers;
import dev.retain.engine.value.EnterpriseGroup;
import dev.retain.engine.value.Tier;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.Facts;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.task.RetentionTask;
import dev.retain.engine.task.TaskPlanner;
import dev.retain.engine.zone.ZoneClassifier;
import dev.retain.engine.zone.ZoneRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The cycle's computation over a loaded province, in the order the results depend on each
 * other: tiers and zones (this month and last), churn base rates, value at risk, value grading, rules,
 * assignment, tasks. Per-subscriber steps run on all cores in chunks.
 */
final class CycleComputation {

    private static final int CHUNK = 16_384;

    private final CycleSettings settings;
    private final RuleSet rules;
    private final Progress progress;
    private final ZoneClassifier zones;

    CycleComputation(CycleSettings settings, RuleSet rules, Progress progress) {
        this.settings = settings;
        this.rules = rules;
        this.progress = progress;
        this.zones = new ZoneClassifier(settings.zones());
    }

    CycleOutcome compute(Province province, MonthContext months, PreviousAssignments previous, Timings timings) {
        return compute(province, months, previous, null, timings);
    }

    /** {@code churn}: the churn model to score with, or null (then the zones' base rates score everyone). */
    CycleOutcome compute(Province province, MonthContext months, PreviousAssignments previous, ChurnResult churn, Timings timings) {
        Subscribers subs = province.subscribers();
        int n = subs.size();
        SegmentColumns seg = new SegmentColumns(n);

        parallelChunks(n, "zones", (from, to) -> {
            for (int i = from; i < to; i++) classify(subs, months, seg, i);
        });
        timings.lap("zones");

        ChurnBaseRates rates = new ChurnBaseRates();
        for (int i = 0; i < n; i++) rates.observe(seg.previousZone(i), seg.zone(i));
        // the model scores those it can still warn about; the white zone keeps its base rate, the gone score 0
        ProvinceChurnModel.Scored scored = churn == null || !churn.hasModel() ? null
                : churn.model().score(churn.history(), months.month(), i -> !ChurnHistory.lost(seg.zone(i)));
        for (int i = 0; i < n; i++) {
            boolean modelled = scored != null && !Float.isNaN(scored.score()[i]);
            seg.churnScore[i] = seg.zone(i).left() ? 0 : modelled ? scored.score()[i] : rates.rate(seg.zone(i).zone());
            seg.valueAtRiskFen[i] = Math.round(seg.churnScore[i] * seg.monthlyValueFen[i] * settings.horizonMonths());
        }
        timings.lap("scores");

        seg.value = grade(province, months, seg);
        timings.lap("value");

        FactsBuilder facts = new FactsBuilder(subs, province.calls(), province.complaints(), months, seg, settings.zones());
        parallelChunks(n, "rules", (from, to) -> {
            Facts f = new Facts();
            for (int i = from; i < to; i++) {
                if (!inProgramme(months, seg, i)) continue;
                facts.fill(f, i);
                seg.ruleMask[i] = rules.evaluate(f);
            }
        });
        timings.lap("rules");

        List<AssignmentRequest> requests = assignmentRequests(province, months, seg, previous);
        AssignmentResult assigned = new Assigner(province.managers(), settings.customerManagerCapacity(), settings.phoneManagerCapacity())
                .assign(requests);
        timings.lap("assignment");

        String[] managerOf = new String[n];
        for (Assignment a : assigned.assignments()) managerOf[a.subscriber()] = a.managerId();
        TaskPlanner planner = new TaskPlanner(rules);
        List<RetentionTask> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RetentionTask task = planner.plan(months.month(), subs.msisdn(i), seg.ruleMask[i], seg.valueAtRiskFen[i], managerOf[i]);
            if (task != null) tasks.add(task);
        }
        timings.lap("tasks");
        if (scored != null) {
            // reasons are read with a task: explain the most urgent tasks, as many as the
            // phone managers can call in a month (SHAP costs ~1 ms a row; the rest keep their score)
            boolean[] explain = new boolean[n];
            MsisdnIndex index = subs.index();
            List<RetentionTask> urgent = new ArrayList<>(tasks);
            urgent.sort(java.util.Comparator.comparingLong(RetentionTask::priority).reversed());
            int chosen = 0;
            for (RetentionTask t : urgent) {
                if (chosen == churn.explainLimit()) break;
                int i = index.find(t.msisdn());
                if (explain[i] || Float.isNaN(scored.score()[i])) continue; // the white have no model score to explain
                explain[i] = true;
                chosen++;
            }
            churn.model().explain(churn.history(), months.month(), scored, i -> explain[i]);
            timings.lap("churn_reasons");
        }
        return new CycleOutcome(province, months, seg, assigned, tasks, rates, churn, scored, facts);
    }

    /** RFM over the present subscribers and their lifetime value from the churn score just computed. */
    private ValueGrading.Result grade(Province province, MonthContext months, SegmentColumns seg) {
        int n = seg.size();
        RfmMeasures measures = new RfmMeasures(n);
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
        return ValueGrading.grade(measures, present, seg.churnScore, settings.lifetimeValue());
    }

    private void classify(Subscribers subs, MonthContext m, SegmentColumns seg, int i) {
        MonthUsage m1 = m.m1();
        MonthUsage m2 = m.m2();
        MonthUsage m3 = m.m3();
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
            seg.tier[i] = (byte) settings.tiers().tierFor(mean, FactsBuilder.tenureMonths(subs.joinEpochDay(i), m.month()), subs.brand(i)).ordinal();
            seg.tierFromRules[i] = true;
        }
    }

    /** Customers in the programme who have not left: a VIP card, a high bill in M-1 or M-2, or a task. */
    private List<AssignmentRequest> assignmentRequests(Province province, MonthContext m, SegmentColumns seg, PreviousAssignments previous) {
        Subscribers subs = province.subscribers();
        List<AssignmentRequest> requests = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            if (!inProgramme(m, seg, i)) continue;
            Tier tier = seg.tier(i);
            String group = subs.group(i);
            EnterpriseGroup g = group == null ? null : province.groups().get(group);
            requests.add(new AssignmentRequest(i, subs.region(i), RoutingRule.roleFor(tier, group != null),
                    g == null ? null : g.accountManagerId(), previous.managerOf(subs.msisdn(i)), seg.monthlyValueFen[i]));
        }
        return requests;
    }

    /**
     * The retention programme: customers who have not left (R2.2: gone means no task) and
     * hold a VIP card or had a bill of at least A in M-1 or M-2 — which every blue, green,
     * yellow and red customer has. A suspended low spender is white by R2.2 but not in the
     * programme. Only programme customers are evaluated by the rules and assigned a manager.
     */
    private boolean inProgramme(MonthContext m, SegmentColumns seg, int i) {
        if (seg.zone(i).left()) return false;
        if (seg.tier(i).isVip()) return true;
        long a = settings.zones().highValueBillFen();
        return m.m1().billFen(i) >= a || (m.m2().has(i) && m.m2().billFen(i) >= a);
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

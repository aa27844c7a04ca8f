package dev.retain.engine.cycle;

import dev.retain.engine.assign.Assignment;
import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.churn.ProvinceChurnModel;
import dev.retain.engine.grade.ValueGrading;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.MsisdnIndex;
import dev.retain.engine.load.Subscribers;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.task.RetentionTask;
import java.io.IOException;
import java.nio.file.Path;

/** Writes segments.csv, tasks.csv and assignments.csv (facts.csv: {@code FactsFile}) in the contract's columns (docs/data-formats.md); their names are public for readers of the outputs. */
public final class CycleFiles {

    public static final String SEGMENTS = "segments.csv";
    public static final String TASKS = "tasks.csv";
    public static final String ASSIGNMENTS = "assignments.csv";
    public static final String SUMMARY = "summary.json";
    /** Every present customer's rule facts of the month ({@code FactsFile}). */
    public static final String FACTS = "facts.csv";

    private CycleFiles() {
    }

    static void writeSegments(CycleOutcome o, Path file) throws IOException {
        Subscribers subs = o.province().subscribers();
        SegmentColumns seg = o.segments();
        MonthUsage m1 = o.months().m1();
        MonthUsage m2 = o.months().m2();
        String month = o.months().month().toString();
        try (CsvWriter w = new CsvWriter(file, "msisdn", "month", "tier", "tier_source", "zone", "rule", "bill_m1", "mou_m1",
                "bill_m2", "mou_m2", "state_m1", "churn_score", "value_at_risk", "churn_reasons",
                "rfm_r", "rfm_f", "rfm_m", "rfm", "value_grade", "clv")) {
            for (int i = 0; i < subs.size(); i++) {
                AccountState state = m1.state(i);
                boolean left = seg.zone(i).left();
                w.field(subs.msisdn(i)).field(month).field(seg.tier(i).code()).field(seg.tierFromRules[i] ? "rules" : "imported")
                        .field(seg.zone(i).zone().code()).field(seg.zone(i).code());
                if (m1.has(i)) w.money(m1.billFen(i)).field(m1.mouOut(i));
                else w.empty().empty();
                if (m2.has(i)) w.money(m2.billFen(i)).field(m2.mouOut(i));
                else w.empty().empty();
                w.field(state == null ? "" : state.code());
                if (left) w.empty().empty();
                else w.fixed(Math.round(seg.churnScore[i] * 10_000), 4).money(seg.valueAtRiskFen[i]);
                w.field(churnReasons(o, i));
                ValueGrading.Result v = seg.value;
                if (v != null && v.graded(i)) {
                    w.field(v.r()[i]).field(v.f()[i]).field(v.m()[i]).field(v.cell(i)).field(v.grade(i).code()).money(v.clvFen()[i]);
                } else {
                    w.empty().empty().empty().empty().empty().empty();
                }
                w.endRow();
            }
        }
    }

    static void writeTasks(CycleOutcome o, Path file) throws IOException {
        MsisdnIndex index = o.province().subscribers().index();
        try (CsvWriter w = new CsvWriter(file, "task_id", "msisdn", "month", "kind", "reasons", "priority", "value_at_risk",
                "due_date", "manager_id", "actions", "churn_reasons")) {
            for (RetentionTask t : o.tasks()) {
                w.field(t.id()).field(t.msisdn()).field(t.month().toString()).field(t.kind().code()).field(String.join(";", t.reasons()))
                        .field(t.priority()).money(t.valueAtRiskFen()).field(t.dueDate().toString())
                        .field(t.managerId()).field(String.join(";", t.actions())).field(churnReasons(o, index.find(t.msisdn())));
                w.endRow();
            }
        }
    }

    static void writeAssignments(CycleOutcome o, Path file) throws IOException {
        Subscribers subs = o.province().subscribers();
        try (CsvWriter w = new CsvWriter(file, "msisdn", "manager_id", "role", "reason")) {
            for (Assignment a : o.assignments().assignments()) {
                w.field(subs.msisdn(a.subscriber())).field(a.managerId()).field(a.role().code()).field(a.reason().code());
                w.endRow();
            }
        }
    }

    /** The churn model's top three reasons of subscriber i ("feature=value;…"), empty without a model or a score. */
    private static String churnReasons(CycleOutcome o, int i) {
        if (o.churnScores() == null || i < 0 || Float.isNaN(o.churnScores().score()[i])) return "";
        return ProvinceChurnModel.reasonCodes(o.churnScores(), i);
    }
}

package dev.retain.spark;

import dev.retain.engine.assign.Assignment;
import dev.retain.engine.assign.AssignmentRequest;
import dev.retain.engine.assign.AssignmentResult;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.cycle.ChurnBaseRates;
import dev.retain.engine.cycle.CycleFiles;
import dev.retain.engine.cycle.CycleSlice;
import dev.retain.engine.cycle.Timings;
import dev.retain.engine.grade.RfmCuts;
import dev.retain.engine.grade.RfmValues;
import dev.retain.engine.load.MsisdnIndex;
import dev.retain.engine.task.RetentionTask;
import dev.retain.spark.SliceFigures.AssignmentRow;
import dev.retain.spark.SliceFigures.LoadCount;
import dev.retain.spark.SliceFigures.RequestRow;
import dev.retain.spark.SliceFigures.TaskKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three passes over one partition. Each loads the partition's slice afresh (Spark keeps the rows, not the
 * engine's tables) and runs the engine's steps up to where the next whole-province figure is needed:
 * A: zones, RFM values, customers to assign; B: scores, grades, rules, tasks (only to choose whose tasks
 * are explained); C: everything, with the reasons, written in the engine's own formats.
 */
final class SlicePasses {

    /** The files pass C writes, in the engine's formats. */
    static final List<String> OUTPUTS = List.of(CycleFiles.SEGMENTS, CycleFiles.FACTS, CycleFiles.TASKS, CycleFiles.ASSIGNMENTS);

    private SlicePasses() {
    }

    static SliceFigures passA(JobConfig config, Iterable<InputLine> rows, boolean firstPartition) {
        try (SliceRun run = new SliceRun(config, rows)) {
            CycleSlice slice = run.slice;
            slice.classify();
            RfmValues rfm = slice.rfmValues();
            List<HashMap<Double, Long>> counts = List.of(count(rfm.recency(), rfm.base()), count(rfm.frequency(), rfm.base()),
                    count(rfm.monetary(), rfm.base()));
            List<RequestRow> requests = new ArrayList<>();
            for (AssignmentRequest r : slice.assignmentRequests()) {
                requests.add(new RequestRow(r.msisdn(), r.region(), r.role(), r.groupAccountManagerId(), r.previousManagerId(), r.monthlyValueFen()));
            }
            List<LoadCount> loads = new ArrayList<>();
            for (FileLoad l : run.loads) loads.add(new LoadCount(l.file(), l.rows(), l.loaded(), l.rejected(), l.skipped()));
            long base = counts.get(0).values().stream().mapToLong(Long::longValue).sum();
            return new SliceFigures(slice.observedRates(), loads, slice.monthRows(), base, counts, requests, run.rejects(firstPartition));
        }
    }

    static List<TaskKey> passB(JobConfig config, Iterable<InputLine> rows, Iterable<AssignmentRow> assigned, ChurnBaseRates rates, RfmCuts cuts) {
        try (SliceRun run = new SliceRun(config, rows)) {
            CycleSlice slice = run.slice;
            List<RetentionTask> tasks = computeTasks(slice, assigned, rates, cuts);
            List<TaskKey> keys = new ArrayList<>(tasks.size());
            for (RetentionTask t : tasks) keys.add(new TaskKey(t.msisdn(), t.priority(), slice.explainable(t.msisdn())));
            return keys;
        }
    }

    /**
     * Everything, with the reasons: writes this slice's part of each output file (the engine's own bytes, header
     * first) straight to {@code out}'s {@code <file>/part-NNNNN.csv}, and returns the slice's summary figures. A
     * retried task rewrites the same part.
     */
    static java.util.LinkedHashMap<String, Object> passC(JobConfig config, Iterable<InputLine> rows, Iterable<AssignmentRow> assigned,
                                                        ChurnBaseRates rates, RfmCuts cuts, Set<String> explained, String out, int partition) {
        try (SliceRun run = new SliceRun(config, rows)) {
            CycleSlice slice = run.slice;
            computeTasks(slice, assigned, rates, cuts);
            slice.explain(explained::contains);
            run.publish(CycleFiles.SEGMENTS, slice::writeSegments, out, partition);
            run.publish(CycleFiles.FACTS, slice::writeFacts, out, partition);
            run.publish(CycleFiles.TASKS, slice::writeTasks, out, partition);
            run.publish(CycleFiles.ASSIGNMENTS, slice::writeAssignments, out, partition);
            return new java.util.LinkedHashMap<>(slice.summary(run.loads, new Timings()).content());
        }
    }

    private static List<RetentionTask> computeTasks(CycleSlice slice, Iterable<AssignmentRow> assigned, ChurnBaseRates rates, RfmCuts cuts) {
        slice.classify();
        slice.score(rates);
        slice.grade(cuts);
        slice.evaluateRules();
        return slice.plan(assignments(slice, assigned));
    }

    /** The driver's assignments of this partition's customers, by their position in the slice. */
    private static AssignmentResult assignments(CycleSlice slice, Iterable<AssignmentRow> rows) {
        MsisdnIndex index = slice.province().subscribers().index();
        List<Assignment> list = new ArrayList<>();
        for (AssignmentRow r : rows) {
            int i = index.find(r.msisdn());
            if (i < 0) throw new IllegalStateException("assignment of " + r.msisdn() + " reached a partition without them");
            list.add(new Assignment(i, r.managerId(), r.role(), r.reason()));
        }
        list.sort(Comparator.comparingInt(Assignment::subscriber));
        return new AssignmentResult(list, List.of());
    }

    private static HashMap<Double, Long> count(double[] values, boolean[] base) {
        HashMap<Double, Long> counts = new HashMap<>();
        for (int i = 0; i < values.length; i++) if (base[i]) counts.merge(values[i], 1L, Long::sum);
        return counts;
    }
}

package dev.retain.spark;

import dev.retain.engine.assign.Assigner;
import dev.retain.engine.assign.Assignment;
import dev.retain.engine.assign.AssignmentRequest;
import dev.retain.engine.assign.AssignmentResult;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.cycle.ChurnBaseRates;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.CycleSummary;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.grade.QuintileScores;
import dev.retain.engine.grade.RfmCuts;
import dev.retain.spark.SliceFigures.AssignmentRow;
import dev.retain.spark.SliceFigures.LoadCount;
import dev.retain.spark.SliceFigures.RequestRow;
import dev.retain.spark.SliceFigures.TaskKey;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The monthly cycle as a Spark job: the engine's own steps over partitions of the province by subscriber, with
 * the three figures that need the whole province — the churn base rates, the RFM quintile cuts and the
 * assignment — computed between passes on the driver (docs/scale.md). The outputs are the single machine's,
 * row for row: each file as a folder of CSV parts with a header ({@code segments.csv/part-00000}), the same as
 * Parquet ({@code segments.parquet}), the rejects reports and summary.json.
 */
public final class SparkCycle {

    private final SparkSession spark;
    private final JavaSparkContext sc;

    public SparkCycle(SparkSession spark) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /** Runs the job; returns summary.json's content. Bad input fails with the engine's messages before anything is written. */
    public Map<String, Object> run(CycleJob job) throws IOException {
        long started = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        Laps laps = new Laps(timings);
        ProvinceInput input = new ProvinceInput(spark, job.in(), job.format()).open(job.previousAssignments());
        JobConfig config = config(job, input);
        CycleSettings settings = config.settings();
        double maxRejectRate = job.maxRejectRate() != null ? job.maxRejectRate()
                : SettingsLoader.fromValues(config.settingValues(), config.settingsSource()).maxRejectRate();
        Broadcast<JobConfig> shared = sc.broadcast(config);
        int partitions = job.partitions();
        Partitioner byPartition = new HashPartitioner(partitions); // the key is the partition number itself

        JavaPairRDD<Integer, byte[]> rows = JavaPairRDD.fromJavaRDD(input.keyedRows(partitions)).partitionBy(byPartition)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        laps.lap("read");

        // pass A: zones, RFM values and the customers to assign, per partition
        JavaRDD<SliceFigures> passA = rows.mapPartitions(it -> List.of(
                SlicePasses.passA(shared.value(), lines(it), TaskContext.getPartitionId() == 0)).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // the RFM values' counts stay on the cluster; the driver gets the rest of each partition's figures
        List<SliceFigures> figures = passA.map(SliceFigures::withoutRfmCounts).collect();
        laps.lap("pass_a");
        Map<String, long[]> loads = loads(figures, input);
        OutputFiles out = new OutputFiles(spark, job.out());
        try {
            checkRejectRates(loads, figures, maxRejectRate);
        } catch (RuntimeException tooMany) {
            out.writeRejects(figures); // the diagnosis, as the single machine leaves it
            throw tooMany;
        }
        if (loads.get(ContractFile.SUBSCRIBERS.csvName)[1] == 0) throw new InputFileException(ContractFile.SUBSCRIBERS.csvName, "has no valid subscriber rows");
        if (figures.stream().mapToLong(SliceFigures::monthRows).sum() == 0) {
            throw new IllegalArgumentException("usage_monthly.csv has no rows for " + job.month() + ": is the month closed and imported?");
        }
        ChurnBaseRates rates = new ChurnBaseRates();
        figures.forEach(f -> rates.add(f.rates()));
        long rfmBase = figures.stream().mapToLong(SliceFigures::rfmBase).sum();
        RfmCuts cuts = new RfmCuts(cuts(passA, 0, rfmBase), cuts(passA, 1, rfmBase), cuts(passA, 2, rfmBase));
        passA.unpersist();

        // the assignment over the whole programme, on the driver (the Assigner's passes need every region at once)
        List<dev.retain.engine.value.Manager> managers;
        int explainLimit;
        try (SliceRun reference = new SliceRun(config, List.of())) { // the reference files and the model alone
            managers = reference.slice.province().managers();
            explainLimit = reference.slice.explainLimit();
        }
        List<RequestRow> requestRows = new ArrayList<>();
        figures.forEach(f -> requestRows.addAll(f.requests()));
        List<AssignmentRequest> requests = new ArrayList<>(requestRows.size());
        for (int i = 0; i < requestRows.size(); i++) {
            RequestRow r = requestRows.get(i);
            requests.add(new AssignmentRequest(i, r.msisdn(), r.region(), r.role(), r.groupAccountManagerId(), r.previousManagerId(), r.monthlyValueFen()));
        }
        AssignmentResult assigned = new Assigner(managers, settings.customerManagerCapacity(), settings.phoneManagerCapacity())
                .assign(requests);
        List<Tuple2<Integer, AssignmentRow>> assignmentRows = new ArrayList<>(requests.size());
        for (Assignment a : assigned.assignments()) {
            String msisdn = requestRows.get(a.subscriber()).msisdn();
            assignmentRows.add(new Tuple2<>(SubscriberKey.partitionOf(msisdn, partitions),
                    new AssignmentRow(msisdn, a.managerId(), a.role(), a.reason())));
        }
        JavaPairRDD<Integer, AssignmentRow> assignments = JavaPairRDD.fromJavaRDD(sc.parallelize(assignmentRows, partitions))
                .partitionBy(byPartition).persist(StorageLevel.MEMORY_AND_DISK_SER());
        laps.lap("assignment");

        // pass B (with a model only): whose tasks are the most urgent, to explain them
        Set<String> explained = new HashSet<>();
        if (explainLimit > 0) {
            List<TaskKey> urgent = rows.zipPartitions(assignments, (r, a) ->
                            SlicePasses.passB(shared.value(), lines(r), values(a), rates, cuts).iterator())
                    .filter(TaskKey::explainable)
                    .takeOrdered(explainLimit, new UrgentFirst());
            urgent.forEach(t -> explained.add(t.msisdn()));
            laps.lap("pass_b");
        }
        Broadcast<Set<String>> chosen = sc.broadcast(explained);

        // pass C: every output, in the engine's formats
        out.clear();
        String outPath = job.out();
        List<Map<String, Object>> summaries = new ArrayList<>(rows.zipPartitions(assignments, (r, a) -> List.<Map<String, Object>>of(
                SlicePasses.passC(shared.value(), lines(r), values(a), rates, cuts, chosen.value(), outPath, TaskContext.getPartitionId()))
                .iterator()).collect());
        laps.lap("pass_c");
        for (String file : SlicePasses.OUTPUTS) out.writeParquet(file);
        laps.lap("parquet");
        out.writeRejects(figures);
        rows.unpersist();
        assignments.unpersist();

        Map<String, Object> summary = SummaryMerge.merge(summaries);
        summary.put("inputs", CycleSummary.inputs(fileLoads(loads)));
        CycleSummary.putShortages(summary, assigned.shortages());
        summary.put("engine", Map.of("runner", "spark", "partitions", partitions, "master", sc.master()));
        summary.put("timings_ms", timings);
        summary.put("total_ms", (System.nanoTime() - started) / 1_000_000);
        out.writeSummary(CycleSummary.json(summary));
        return summary;
    }

    private static JobConfig config(CycleJob job, ProvinceInput input) throws IOException {
        Map<String, String> settingValues = new HashMap<>();
        String settingsSource = "built-in settings";
        if (job.settings() != null) {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.StringReader(HadoopFiles.readText(input.configuration(), job.settings())));
            for (String key : p.stringPropertyNames()) settingValues.put(key, p.getProperty(key));
            settingsSource = job.settings();
        }
        SettingsLoader.fromValues(settingValues, settingsSource); // a bad setting fails here, on the driver
        String rules = job.rules() == null ? null : HadoopFiles.readText(input.configuration(), job.rules());
        Map<String, byte[]> model = job.model() == null ? null : HadoopFiles.readFolder(input.configuration(), job.model());
        Map<String, String> hadoop = new HashMap<>();
        input.configuration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        JobConfig config = new JobConfig(job.month(), settingValues, settingsSource, rules, job.rules(), model,
                new java.util.EnumMap<>(input.headers), new java.util.EnumMap<>(input.references), hadoop);
        config.rules(); // a rule that does not compile fails here, on the driver
        return config;
    }

    /** Per file: rows, loaded, rejected, skipped over every partition (reference files: as one partition read them). */
    private static Map<String, long[]> loads(List<SliceFigures> figures, ProvinceInput input) {
        Map<String, long[]> loads = new LinkedHashMap<>();
        for (int p = 0; p < figures.size(); p++) {
            for (LoadCount l : figures.get(p).loads()) {
                if (!SliceRun.keyed(l.file()) && p > 0) continue;
                long[] c = loads.computeIfAbsent(l.file(), k -> new long[4]);
                c[0] += l.rows();
                c[1] += l.loaded();
                c[2] += l.rejected();
                c[3] += l.skipped();
            }
        }
        return loads;
    }

    /** The engine's rule: a file with more rejects than the allowed share fails the run, naming its first reject. */
    private static void checkRejectRates(Map<String, long[]> loads, List<SliceFigures> figures, double maxRejectRate) {
        loads.forEach((file, c) -> {
            if (c[0] == 0 || (double) c[2] / c[0] <= maxRejectRate) return;
            Rejected first = figures.stream().flatMap(f -> f.rejects().stream()).filter(r -> r.file().equals(file))
                    .min(Comparator.comparingLong(Rejected::line)).orElse(null);
            throw new InputFileException(file, String.format(java.util.Locale.ROOT,
                    "%d of %d rows rejected (%.2f%%), more than the allowed %.2f%%; first: %s; all in %s.rejects.csv", c[2], c[0],
                    100.0 * c[2] / c[0], 100 * maxRejectRate, first == null ? "" : "line " + first.line() + " (" + first.reportLine() + ")", file));
        });
    }

    /**
     * Exact quintile cuts of one RFM measure: every partition's counts of its distinct values added up and sorted on
     * the cluster, then walked in order by the driver, which never holds them all.
     */
    private static double[] cuts(JavaRDD<SliceFigures> passA, int measure, long n) {
        Iterator<Tuple2<Double, Long>> ascending = passA.flatMapToPair(f -> f.rfmCounts().get(measure).entrySet().stream()
                .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator()).reduceByKey(Long::sum).sortByKey(true).toLocalIterator();
        return QuintileScores.cutsFromCounts(n, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return ascending.hasNext();
            }

            @Override
            public Map.Entry<Double, Long> next() {
                Tuple2<Double, Long> t = ascending.next();
                return Map.entry(t._1(), t._2());
            }
        });
    }

    /** The whole province's load counts in the engine's terms, for summary.json. */
    private static List<FileLoad> fileLoads(Map<String, long[]> loads) {
        List<FileLoad> files = new ArrayList<>();
        loads.forEach((file, c) -> files.add(new FileLoad(file, c[0], c[1], c[2], c[3], c[2] > 0 ? java.nio.file.Path.of(file + ".rejects.csv") : null)));
        return files;
    }

    private static List<InputLine> lines(Iterator<Tuple2<Integer, byte[]>> it) {
        List<InputLine> list = new ArrayList<>();
        while (it.hasNext()) list.add(InputLine.decode(it.next()._2()));
        return list;
    }

    private static <T> List<T> values(Iterator<? extends Tuple2<?, T>> it) {
        List<T> list = new ArrayList<>();
        while (it.hasNext()) list.add(it.next()._2());
        return list;
    }

    /** The engine's order of urgency ({@code ExplainedTasks.URGENT_FIRST}), for Spark's takeOrdered. */
    static final class UrgentFirst implements Comparator<TaskKey>, Serializable {
        @Override
        public int compare(TaskKey a, TaskKey b) {
            int byPriority = Long.compare(b.priority(), a.priority());
            return byPriority != 0 ? byPriority : a.msisdn().compareTo(b.msisdn());
        }
    }

    private static final class Laps {
        private final Map<String, Long> timings;
        private long last = System.nanoTime();

        Laps(Map<String, Long> timings) {
            this.timings = timings;
        }

        void lap(String phase) {
            long now = System.nanoTime();
            timings.put(phase, (now - last) / 1_000_000);
            last = now;
        }
    }
}

package dev.retain.spark;

import dev.retain.engine.csv.Rejects;
import dev.retain.spark.SliceFigures.OutputLine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output folder: each of the cycle's files as a folder of CSV parts, every part with the header
 * (the engine's bytes, so a part reads like the single machine's file), and the same rows as Parquet with
 * text columns; the rejects reports in the original line order; summary.json.
 */
final class OutputFiles {

    private final SparkSession spark;
    private final Path dir;
    private final FileSystem fs;

    OutputFiles(SparkSession spark, String out) throws IOException {
        this.spark = spark;
        this.dir = new Path(out);
        this.fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    }

    /** Removes what an earlier run left: a run's outputs are always one run's. */
    void clear() throws IOException {
        if (fs.exists(dir)) {
            for (var f : fs.listStatus(dir)) fs.delete(f.getPath(), true);
        } else {
            fs.mkdirs(dir);
        }
    }

    /** {@code segments.csv/part-…} and {@code segments.parquet/}; {@code lines}: the header (once) and the rows. */
    void write(String file, JavaRDD<OutputLine> lines) {
        String header = lines.filter(OutputLine::header).map(OutputLine::text).first();
        JavaRDD<String> rows = lines.filter(l -> !l.header()).map(OutputLine::text);
        String csv = new Path(dir, file).toString();
        rows.mapPartitions(it -> {
            List<String> part = new ArrayList<>();
            if (it.hasNext()) part.add(header);
            it.forEachRemaining(part::add);
            return part.iterator();
        }).saveAsTextFile(csv);
        spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").schema(textColumns(header)).csv(csv)
                .write().mode(SaveMode.Overwrite).parquet(new Path(dir, file.replace(".csv", ".parquet")).toString());
    }

    /** One {@code <file>.rejects.csv} per input file with rejects, in the order of its lines. */
    void writeRejects(List<SliceFigures> figures) throws IOException {
        Map<String, List<Rejected>> byFile = new TreeMap<>();
        figures.forEach(f -> f.rejects().forEach(r -> byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r)));
        for (Map.Entry<String, List<Rejected>> e : byFile.entrySet()) {
            e.getValue().sort(Comparator.comparingLong(Rejected::line));
            StringBuilder text = new StringBuilder(Rejects.HEADER).append('\n');
            e.getValue().forEach(r -> text.append(r.reportLine()).append('\n'));
            writeText(e.getKey() + ".rejects.csv", text.toString());
        }
    }

    void writeSummary(String json) throws IOException {
        writeText(dev.retain.engine.cycle.CycleFiles.SUMMARY, json);
    }

    private void writeText(String name, String text) throws IOException {
        try (OutputStream o = fs.create(new Path(dir, name), true)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static StructType textColumns(String header) {
        List<StructField> fields = new ArrayList<>();
        for (String name : header.split(",")) fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }
}

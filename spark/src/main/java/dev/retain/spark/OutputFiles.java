package dev.retain.spark;

import dev.retain.engine.csv.Rejects;
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

    /** {@code segments.parquet/} from the CSV parts the partitions wrote into {@code segments.csv/}: the same rows, text columns. */
    void writeParquet(String file) throws IOException {
        Path csv = new Path(dir, file);
        String header = headerOf(csv);
        spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").schema(textColumns(header)).csv(csv.toString())
                .write().mode(SaveMode.Overwrite).parquet(new Path(dir, file.replace(".csv", ".parquet")).toString());
    }

    private String headerOf(Path folder) throws IOException {
        for (var part : fs.listStatus(folder)) {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(fs.open(part.getPath()), StandardCharsets.UTF_8))) {
                String line = in.readLine();
                if (line != null) return line;
            }
        }
        throw new IOException(folder + " has no part with a header");
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

package dev.retain.spark;

import dev.retain.engine.csv.CsvReader;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.InputFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Reads the province's files from any Hadoop-compatible path (a local folder, HDFS, S3) into the rows the engine
 * parses: CSV lines as they are (numbered in file order: a rejects report names the export's own line), or Parquet
 * rows rendered in the contract's CSV spelling (numbered by file name, then row within the file). The headers are
 * checked here, before any work, with the engine's own check.
 */
final class ProvinceInput {

    private final SparkSession spark;
    private final JavaSparkContext sc;
    private final String folder;
    private final InputFormat format;
    private final Configuration conf;
    final Map<ContractFile, byte[]> headers = new EnumMap<>(ContractFile.class);
    final Map<ContractFile, byte[]> references = new EnumMap<>(ContractFile.class);
    private final Map<ContractFile, Integer> msisdnColumn = new EnumMap<>(ContractFile.class);
    private final Map<ContractFile, String> paths = new EnumMap<>(ContractFile.class);

    ProvinceInput(SparkSession spark, String folder, InputFormat format) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.folder = folder;
        this.format = format;
        this.conf = sc.hadoopConfiguration();
    }

    /** Which files are there, their headers, and the reference files whole; subscribers and usage are required. */
    ProvinceInput open(String previousAssignments) throws IOException {
        Path dir = new Path(folder);
        FileSystem fs = dir.getFileSystem(conf);
        if (!fs.exists(dir)) throw new InputFileException(folder, "input folder not found");
        for (ContractFile f : ContractFile.values()) {
            String path = f == ContractFile.PREVIOUS_ASSIGNMENTS ? previousAssignments : new Path(dir, f.name(format)).toString();
            if (path == null || !fs.exists(new Path(path))) {
                if (f == ContractFile.SUBSCRIBERS || f == ContractFile.USAGE) throw new InputFileException(f.name(format), "file not found in " + folder);
                continue;
            }
            paths.put(f, path);
            if (f.keyed) {
                byte[] header = format == InputFormat.CSV || f == ContractFile.PREVIOUS_ASSIGNMENTS ? firstLine(fs, path, f) : parquetHeader(path);
                Header h = checkHeader(f, header);
                headers.put(f, header);
                msisdnColumn.put(f, h.position("msisdn"));
            } else {
                byte[] whole = format == InputFormat.CSV ? readAll(fs, path) : parquetWhole(path);
                headers.put(f, whole);
                references.put(f, whole);
            }
        }
        return this;
    }

    Configuration configuration() {
        return conf;
    }

    /** Every row of every keyed file, each with its file, original line and partition. */
    JavaRDD<Tuple2<Integer, byte[]>> keyedRows(int partitions) {
        JavaRDD<Tuple2<Integer, byte[]>> all = null;
        for (Map.Entry<ContractFile, String> e : paths.entrySet()) {
            ContractFile f = e.getKey();
            if (!f.keyed) continue;
            JavaRDD<InputLine> rows = format == InputFormat.CSV || f == ContractFile.PREVIOUS_ASSIGNMENTS ? csvRows(f, e.getValue()) : parquetRows(f, e.getValue());
            int column = msisdnColumn.get(f);
            JavaRDD<Tuple2<Integer, byte[]>> keyed = rows.map(l ->
                    new Tuple2<>(SubscriberKey.partition(l.bytes(), column, l.line(), partitions), InputLine.encode(l.file(), l.line(), l.bytes())));
            all = all == null ? keyed : all.union(keyed);
        }
        return all;
    }

    private JavaRDD<InputLine> csvRows(ContractFile f, String path) {
        JavaRDD<byte[]> lines = sc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf)
                .map(t -> t._2().copyBytes());
        // zipWithIndex numbers the lines in file order (the splits are in offset order); the header is index 0
        return lines.zipWithIndex()
                .filter(t -> t._2() > 0 && t._1().length > 0) // blank lines are skipped, as the engine's reader does
                .map(t -> new InputLine(f, t._2() + 1, t._1()));
    }

    private JavaRDD<InputLine> parquetRows(ContractFile f, String path) {
        Dataset<Row> df = spark.read().parquet(path);
        String[] columns = df.columns();
        // a row's line: the rows of the files before it (by name), then its index in its file, after a header line
        List<Row> counts = df.groupBy(functions.col("_metadata.file_path")).count().collectAsList();
        Map<String, Long> firstLine = new HashMap<>();
        long next = 2;
        for (Row r : counts.stream().sorted(java.util.Comparator.comparing(r -> r.getString(0))).toList()) {
            firstLine.put(r.getString(0), next);
            next += r.getLong(1);
        }
        Dataset<Row> withPosition = df.select(functions.col("*"), functions.col("_metadata.file_path").as("__file"),
                functions.col("_metadata.row_index").as("__row"));
        int width = columns.length;
        return withPosition.javaRDD().map(r -> {
            Object[] values = new Object[width];
            for (int i = 0; i < width; i++) values[i] = r.get(i);
            long line = firstLine.get(r.getString(width)) + r.getLong(width + 1);
            return new InputLine(f, line, ParquetValues.csvLine(values));
        });
    }

    private byte[] parquetHeader(String path) {
        String[] columns = spark.read().parquet(path).columns();
        return ParquetValues.csvLine(columns);
    }

    private byte[] parquetWhole(String path) {
        Dataset<Row> df = spark.read().parquet(path);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ParquetValues.csvLine(df.columns()));
        for (Row r : df.collectAsList()) {
            Object[] values = new Object[r.length()];
            for (int i = 0; i < values.length; i++) values[i] = r.get(i);
            out.write('\n');
            out.writeBytes(ParquetValues.csvLine(values));
        }
        return out.toByteArray();
    }

    private static Header checkHeader(ContractFile f, byte[] header) {
        try {
            CsvReader reader = CsvReader.over(header, header.length);
            if (!reader.next()) throw new InputFileException(f.csvName, "the file is empty (no header row)");
            return Header.read(f.csvName, reader.record(), f.required);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] firstLine(FileSystem fs, String path, ContractFile f) throws IOException {
        try (InputStream in = fs.open(new Path(path))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') out.write(b);
            byte[] line = out.toByteArray();
            if (line.length > 0 && line[line.length - 1] == '\r') line = java.util.Arrays.copyOf(line, line.length - 1);
            if (line.length == 0) throw new InputFileException(f.csvName, "the file is empty (no header row)");
            return line;
        }
    }

    private static byte[] readAll(FileSystem fs, String path) throws IOException {
        try (InputStream in = fs.open(new Path(path))) {
            return in.readAllBytes();
        }
    }
}

package dev.retain.engine.parquet;

import dev.retain.engine.csv.CsvReader;
import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.load.ContractColumns;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes a contract CSV file as a Parquet file with typed columns (docs/data-formats.md "Parquet"): money as
 * decimal(12,2), counts as int64, data volumes and coordinates as double, dates as date, flags as boolean, everything
 * else (numbers, codes, months, text) as string; an empty field is a null. A column with a value its type cannot hold
 * exactly (a bill of "lots", a count of "007", a flag "Y") stays a string column, so every row, good or bad, reads back
 * as the same CSV row and the engine accepts or rejects it as it would the CSV.
 */
public final class ParquetExport {

    /** The contract files, in the order a folder is converted. */
    public static final List<String> CONTRACT_FILES = List.of(ContractColumns.PLANS, ContractColumns.MANAGERS, ContractColumns.GROUPS,
            ContractColumns.REGIONS, ContractColumns.SUBSCRIBERS, ContractColumns.USAGE, ContractColumns.CALL_PEERS,
            ContractColumns.COMPLAINTS);

    /** Snappy, what Spark writes by default; snappy-java carries its own library, no Hadoop native code is used. */
    static final CompressionCodecName CODEC = CompressionCodecName.SNAPPY;

    private static final Set<String> MONEY = Set.of("bill", "min_commit", "monthly_fee", "over_voice_per_min", "over_data_per_mb", "over_sms");
    private static final Set<String> COUNTS = Set.of("mou_out", "sms", "calls", "minutes", "points", "voice_min", "capacity");
    private static final Set<String> DOUBLES = Set.of("lat", "lon");
    private static final Set<String> DATES = Set.of("birth_date", "join_date", "contract_end", "points_expiry");
    private static final Set<String> FLAGS = Set.of("lunar_birthday", "marketing_consent", "dnd", "active");

    private static final Pattern MONEY_TEXT = Pattern.compile("(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?");
    private static final Pattern COUNT_TEXT = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");
    private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    enum Kind { TEXT, MONEY, COUNT, DOUBLE, DATE, FLAG }

    private ParquetExport() {
    }

    /** The column's type in the contract file {@code file}. */
    static Kind kind(String file, String column) {
        if (MONEY.contains(column)) return Kind.MONEY;
        if (column.equals("data_mb")) return file.equals(ContractColumns.PLANS) ? Kind.COUNT : Kind.DOUBLE;
        if (COUNTS.contains(column)) return Kind.COUNT;
        if (DOUBLES.contains(column)) return Kind.DOUBLE;
        if (DATES.contains(column)) return Kind.DATE;
        if (FLAGS.contains(column)) return Kind.FLAG;
        return Kind.TEXT;
    }

    /** Whether {@code kind} holds {@code text} so that it reads back as the same value (an empty field is a null). */
    static boolean fits(Kind kind, String text) {
        if (text.isEmpty()) return true;
        switch (kind) {
            case MONEY:
                return MONEY_TEXT.matcher(text).matches();
            case COUNT:
                return COUNT_TEXT.matcher(text).matches();
            case DOUBLE:
                return DECIMAL_TEXT.matcher(text).matches()
                        && new BigDecimal(text).compareTo(new BigDecimal(ContractSpelling.plain(Double.parseDouble(text)))) == 0;
            case DATE:
                if (!DATE_TEXT.matcher(text).matches()) return false;
                try {
                    return LocalDate.parse(text).toString().equals(text);
                } catch (DateTimeParseException e) {
                    return false;
                }
            case FLAG:
                return text.equals("true") || text.equals("false");
            default:
                return true;
        }
    }

    /**
     * Converts every contract file of {@code dir} that is there as CSV into {@code <name>.parquet} beside it and
     * deletes the CSV. Returns the Parquet files written.
     */
    public static List<Path> convertFolder(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String file : CONTRACT_FILES) {
            Path csv = dir.resolve(file);
            if (!Files.isRegularFile(csv)) continue;
            Path parquet = dir.resolve(ParquetInputFiles.parquetName(file));
            convert(file, csv, parquet);
            Files.delete(csv);
            written.add(parquet);
        }
        return written;
    }

    /** Writes the CSV file {@code csv}, the contract file {@code file}, as the Parquet file {@code parquet}; returns its rows. */
    public static long convert(String file, Path csv, Path parquet) throws IOException {
        // first pass: the header, and which columns keep their type
        List<String> header = new ArrayList<>();
        Kind[] kinds;
        try (InputStream in = Files.newInputStream(csv); CsvReader reader = new CsvReader(in)) {
            if (!reader.next()) throw new IOException(csv + " is empty (no header row)");
            CsvRecord h = reader.record();
            for (int i = 0; i < h.fieldCount(); i++) header.add(h.text(i));
            kinds = new Kind[header.size()];
            for (int i = 0; i < kinds.length; i++) kinds[i] = kind(file, header.get(i).strip().toLowerCase(java.util.Locale.ROOT));
            while (reader.next()) {
                CsvRecord r = row(reader, csv, header.size());
                for (int i = 0; i < kinds.length; i++) {
                    if (kinds[i] != Kind.TEXT && !fits(kinds[i], r.text(i))) kinds[i] = Kind.TEXT;
                }
            }
        }
        MessageType schema = schema(header, kinds);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        long rows = 0;
        Files.deleteIfExists(parquet);
        try (InputStream in = Files.newInputStream(csv);
             CsvReader reader = new CsvReader(in);
             ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(parquet))
                     .withType(schema)
                     .withCompressionCodec(CODEC)
                     .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                     .build()) {
            reader.next();
            while (reader.next()) {
                CsvRecord r = row(reader, csv, header.size());
                Group g = groups.newGroup();
                for (int i = 0; i < kinds.length; i++) {
                    String v = r.text(i);
                    if (v.isEmpty()) continue;
                    switch (kinds[i]) {
                        case MONEY -> g.append(header.get(i), new BigDecimal(v).setScale(2).unscaledValue().longValueExact());
                        case COUNT -> g.append(header.get(i), Long.parseLong(v));
                        case DOUBLE -> g.append(header.get(i), Double.parseDouble(v));
                        case DATE -> g.append(header.get(i), (int) LocalDate.parse(v).toEpochDay());
                        case FLAG -> g.append(header.get(i), Boolean.parseBoolean(v));
                        default -> g.append(header.get(i), v);
                    }
                }
                writer.write(g);
                rows++;
            }
        }
        return rows;
    }

    private static CsvRecord row(CsvReader reader, Path csv, int width) throws IOException {
        CsvRecord r = reader.record();
        String problem = r.malformed();
        if (problem == null) problem = r.utf8Problem();
        if (problem == null && r.fieldCount() != width) problem = "expected " + width + " fields, found " + r.fieldCount();
        if (problem != null) throw new IOException(csv.getFileName() + " line " + reader.line() + ": " + problem + " (a Parquet file holds whole rows only)");
        return r;
    }

    static MessageType schema(List<String> header, Kind[] kinds) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (int i = 0; i < kinds.length; i++) {
            String name = header.get(i);
            switch (kinds[i]) {
                case MONEY -> b.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 12)).named(name);
                case COUNT -> b.optional(PrimitiveTypeName.INT64).named(name);
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(name);
                case DATE -> b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
                case FLAG -> b.optional(PrimitiveTypeName.BOOLEAN).named(name);
                default -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
            }
        }
        return b.named("retain");
    }
}

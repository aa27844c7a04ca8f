package dev.retain.engine.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet values as other writers type them (Spark, pandas), in the contract's CSV spelling. */
class ParquetValuesTests {

    @TempDir
    Path tmp;

    @Test
    void everyTypeIsWrittenAsTheContractSpellsIt() throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("msisdn")
                .optional(PrimitiveTypeName.BINARY).named("raw")
                .optional(PrimitiveTypeName.INT32).named("i32")
                .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(32, false)).named("u32")
                .optional(PrimitiveTypeName.INT64).named("i64")
                .optional(PrimitiveTypeName.DOUBLE).named("d")
                .optional(PrimitiveTypeName.FLOAT).named("f")
                .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.decimalType(2, 9)).named("dec32")
                .optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16).as(LogicalTypeAnnotation.decimalType(2, 38)).named("dec128")
                .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("day")
                .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named("instant")
                .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MILLIS)).named("local")
                .optional(PrimitiveTypeName.INT96).named("legacy")
                .optional(PrimitiveTypeName.BOOLEAN).named("flag")
                .named("spark_schema");
        Path file = tmp.resolve("usage_monthly.parquet");
        SimpleGroupFactory rows = new SimpleGroupFactory(schema);
        long micros = LocalDateTime.of(2026, 3, 5, 1, 30, 15).toEpochSecond(ZoneOffset.UTC) * 1_000_000L; // 09:30:15 in Shanghai
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build()) {
            Group g = rows.newGroup().append("msisdn", "013800000001").append("raw", Binary.fromString("a, \"b\""))
                    .append("i32", -7).append("u32", -1).append("i64", 10_000_000_000L).append("d", 1.0E7).append("f", 0.1f)
                    .append("dec32", 18850)
                    .append("dec128", Binary.fromConstantByteArray(fixed16(new BigDecimal("12345678901234567.89").unscaledValue().toByteArray())))
                    .append("day", (int) LocalDate.of(2026, 10, 31).toEpochDay()).append("instant", micros)
                    .append("local", LocalDateTime.of(2026, 3, 5, 9, 30).toEpochSecond(ZoneOffset.UTC) * 1000L)
                    .append("legacy", int96(LocalDateTime.of(2026, 3, 5, 1, 30, 15)))
                    .append("flag", true);
            w.write(g);
            w.write(rows.newGroup().append("msisdn", "13800000002").append("d", 100.5).append("f", 2.0f));
        }
        ParquetInputFiles files = new ParquetInputFiles(tmp);
        try (InputStream in = files.open("usage_monthly.csv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
                    "msisdn,raw,i32,u32,i64,d,f,dec32,dec128,day,instant,local,legacy,flag\n"
                            + "013800000001,\"a, \"\"b\"\"\",-7,4294967295,10000000000,10000000,0.1,188.50,12345678901234567.89,2026-10-31,"
                            + "2026-03-05 09:30:15,2026-03-05 09:30:00,2026-03-05 09:30:15,true\n"
                            + "13800000002,,,,,100.5,2,,,,,,,\n");
        }
        assertThat(files.size("usage_monthly.csv")).isGreaterThanOrEqualTo(Files.size(file));
    }

    private static byte[] fixed16(byte[] twosComplement) {
        byte[] out = new byte[16];
        byte fill = (byte) (twosComplement[0] < 0 ? 0xFF : 0);
        java.util.Arrays.fill(out, fill);
        System.arraycopy(twosComplement, 0, out, 16 - twosComplement.length, twosComplement.length);
        return out;
    }

    private static Binary int96(LocalDateTime utc) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putLong(utc.toLocalTime().toNanoOfDay());
        b.putInt((int) (utc.toLocalDate().toEpochDay() + 2_440_588L));
        return Binary.fromConstantByteArray(b.array());
    }
}

package dev.retain.engine.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * One Parquet value in the contract's CSV spelling (docs/data-formats.md "Parquet"; {@link ContractSpelling}, which the
 * Spark job spells Spark's values with too): text as it is, whole numbers plainly, decimals and doubles written out plainly
 * (never 1.0E7), dates as yyyy-MM-dd, timestamps as yyyy-MM-dd HH:mm:ss, booleans as true/false, a null as an empty field.
 * A timestamp that Parquet marks as an instant (UTC-adjusted, and the legacy INT96) is shown in Asia/Shanghai, the
 * contract's time zone; a local timestamp as it is.
 */
final class ParquetValues {

    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private ParquetValues() {
    }

    /** The value of field {@code f} of {@code row}, of type {@code type} (a flat, non-repeated column), or "" when null. */
    static String text(Group row, int f, PrimitiveType type) {
        if (row.getFieldRepetitionCount(f) == 0) return "";
        LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
        switch (type.getPrimitiveTypeName()) {
            case BOOLEAN:
                return Boolean.toString(row.getBoolean(f, 0));
            case INT32: {
                int v = row.getInteger(f, 0);
                if (a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) return LocalDate.ofEpochDay(v).toString();
                if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) return BigDecimal.valueOf(v, d.getScale()).toPlainString();
                if (a instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) return Integer.toUnsignedString(v);
                if (a instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) return LocalTime.ofNanoOfDay(v * 1_000_000L).toString();
                return Integer.toString(v);
            }
            case INT64: {
                long v = row.getLong(f, 0);
                if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) return BigDecimal.valueOf(v, d.getScale()).toPlainString();
                if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
                    Instant instant = switch (t.getUnit()) {
                        case MILLIS -> Instant.ofEpochMilli(v);
                        case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
                        case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
                    };
                    return timestamp(instant, t.isAdjustedToUTC());
                }
                if (a instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation t) {
                    return LocalTime.ofNanoOfDay(t.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS ? v : v * 1_000L).toString();
                }
                if (a instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) return Long.toUnsignedString(v);
                return Long.toString(v);
            }
            case INT96: {
                // the legacy timestamp (Spark, Hive, Impala): nanoseconds of the day, then the Julian day, little-endian, an instant
                ByteBuffer b = row.getInt96(f, 0).toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                long nanos = b.getLong();
                long julianDay = b.getInt();
                Instant instant = Instant.ofEpochSecond((julianDay - JULIAN_DAY_OF_EPOCH) * 86_400L, nanos);
                return timestamp(instant, true);
            }
            case FLOAT:
                return ContractSpelling.plain(row.getFloat(f, 0));
            case DOUBLE:
                return ContractSpelling.plain(row.getDouble(f, 0));
            case BINARY:
            case FIXED_LEN_BYTE_ARRAY: {
                Binary v = row.getBinary(f, 0);
                if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
                    return new BigDecimal(new BigInteger(v.getBytes()), d.getScale()).toPlainString();
                }
                if (a instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
                    ByteBuffer b = v.toByteBuffer();
                    return new java.util.UUID(b.getLong(), b.getLong()).toString();
                }
                return v.toStringUsingUTF8(); // strings, enums, JSON and unannotated binary alike
            }
            default:
                throw new IllegalArgumentException("unsupported Parquet type " + type);
        }
    }

    private static String timestamp(Instant instant, boolean utc) {
        return utc ? ContractSpelling.instant(instant) : ContractSpelling.local(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}

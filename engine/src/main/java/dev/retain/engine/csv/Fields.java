package dev.retain.engine.csv;

import dev.retain.engine.value.Money;
import dev.retain.engine.value.Msisdn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Typed reads of one field with the contract's rules. Each failure names the column and
 * says what was expected, for the rejects report.
 */
public final class Fields {

    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[0-9]{1,30}(\\.[0-9]{1,30})?");

    private final CsvRecord r;

    public Fields(CsvRecord record) {
        this.r = record;
    }

    public String requiredText(int pos, String column) throws FieldError {
        String s = pos < 0 ? null : r.optionalText(pos);
        if (s == null) throw new FieldError(column, "required field is empty");
        return s;
    }

    public String optionalText(int pos) {
        return pos < 0 ? null : r.optionalText(pos);
    }

    public String msisdn(int pos, String column) throws FieldError {
        String s = requiredText(pos, column);
        if (!Msisdn.isValid(s)) throw new FieldError(column, "not a phone number: '" + s + "' (expected optional + then 5-20 digits)");
        return s;
    }

    public long money(int pos, String column) throws FieldError {
        if (pos < 0 || r.fieldStart(pos) == r.fieldEnd(pos)) throw new FieldError(column, "required amount is empty");
        long fen = Money.parseFenOrMinus(r.bytes(), r.fieldStart(pos), r.fieldEnd(pos));
        if (fen < 0) throw new FieldError(column, "not an amount in CNY with at most two decimals: '" + r.text(pos) + "'");
        return fen;
    }

    public long optionalMoney(int pos, String column, long fallback) throws FieldError {
        return isEmpty(pos) ? fallback : money(pos, column);
    }

    public long count(int pos, String column) throws FieldError {
        if (pos < 0 || r.fieldStart(pos) == r.fieldEnd(pos)) throw new FieldError(column, "required number is empty");
        byte[] b = r.bytes();
        long v = 0;
        int to = r.fieldEnd(pos);
        for (int i = r.fieldStart(pos); i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || i - r.fieldStart(pos) > 17) {
                throw new FieldError(column, "not a whole number ≥ 0: '" + r.text(pos) + "'");
            }
            v = v * 10 + d;
        }
        return v;
    }

    public long optionalCount(int pos, String column, long fallback) throws FieldError {
        return isEmpty(pos) ? fallback : count(pos, column);
    }

    public double decimal(int pos, String column) throws FieldError {
        double fast = simpleDecimal(pos);
        if (fast >= 0) return fast;
        String s = requiredText(pos, column);
        // plain digits with an optional fraction only: Java's parser would also take 1e3, 12f, 0x1p3
        if (!PLAIN_DECIMAL.matcher(s).matches()) throw new FieldError(column, "not a decimal number ≥ 0: '" + s + "'");
        return Double.parseDouble(s);
    }

    public LocalDate date(int pos, String column) throws FieldError {
        LocalDate fast = isoDate(pos);
        if (fast != null) return fast;
        String s = requiredText(pos, column);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new FieldError(column, "not a date YYYY-MM-DD: '" + s + "'");
        }
    }

    public LocalDate optionalDate(int pos, String column) throws FieldError {
        return isEmpty(pos) ? null : date(pos, column);
    }

    /** Repeated short values (codes, regions, ids) without a new string per row. */
    public String optionalCode(int pos) {
        return pos < 0 ? null : r.internedText(pos);
    }

    public boolean optionalBoolean(int pos, String column, boolean fallback) throws FieldError {
        String s = optionalCode(pos);
        if (s == null) return fallback;
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "y", "yes":
                return true;
            case "false", "0", "n", "no":
                return false;
            default:
                throw new FieldError(column, "not true/false: '" + s + "'");
        }
    }

    public <E> E code(int pos, String column, java.util.function.Function<String, E> parse) throws FieldError {
        String s = pos < 0 ? null : r.internedText(pos);
        if (s == null) throw new FieldError(column, "required field is empty");
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            throw new FieldError(column, e.getMessage());
        }
    }

    /** digits[.digits] read straight from the bytes; -1 for anything else (the slow path decides). */
    private double simpleDecimal(int pos) {
        if (pos < 0) return -1;
        byte[] b = r.bytes();
        int from = r.fieldStart(pos);
        int to = r.fieldEnd(pos);
        if (to - from == 0 || to - from > 15) return -1;
        long mantissa = 0;
        int scale = -1;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '.' && scale < 0 && i > from && i < to - 1) {
                scale = 0;
                continue;
            }
            int d = c - '0';
            if (d < 0 || d > 9) return -1;
            mantissa = mantissa * 10 + d;
            if (scale >= 0) scale++;
        }
        return scale <= 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    }

    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /** YYYY-MM-DD read straight from the bytes; null for anything else (the slow path reports it). */
    private LocalDate isoDate(int pos) {
        if (pos < 0) return null;
        byte[] b = r.bytes();
        int f = r.fieldStart(pos);
        if (r.fieldEnd(pos) - f != 10 || b[f + 4] != '-' || b[f + 7] != '-') return null;
        int year = digits(b, f, 4);
        int month = digits(b, f + 5, 2);
        int day = digits(b, f + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    /** A required month (YYYY-MM) as year*12+month-1. */
    public int month(int pos, String column) throws FieldError {
        int m = monthIndex(pos);
        if (m < 0) throw new FieldError(column, "not a month YYYY-MM: '" + (pos < 0 ? "" : r.text(pos)) + "'");
        return m;
    }

    /** Month as year*12+month-1 parsed from bytes; -1 when malformed. */
    public int monthIndex(int pos) {
        if (pos < 0) return -1;
        byte[] b = r.bytes();
        int from = r.fieldStart(pos);
        if (r.fieldEnd(pos) - from != 7 || b[from + 4] != '-') return -1;
        int year = 0;
        for (int i = from; i < from + 4; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return -1;
            year = year * 10 + d;
        }
        int d1 = b[from + 5] - '0';
        int d2 = b[from + 6] - '0';
        if (d1 < 0 || d1 > 1 || d2 < 0 || d2 > 9) return -1;
        int month = d1 * 10 + d2;
        if (month < 1 || month > 12 || year < 1900) return -1;
        return year * 12 + month - 1;
    }

    public boolean isEmpty(int pos) {
        return pos < 0 || r.isBlank(pos);
    }
}

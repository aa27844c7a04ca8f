package dev.retain.engine.alert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 times with an offset, as usage events carry them. {@link OffsetDateTime#parse} took half
 * of an event's parsing time, so the one shape producers write ({@code 2026-11-05T10:00:00Z},
 * {@code …:00.123+08:00}) is read by hand; anything else goes to {@code OffsetDateTime.parse},
 * which decides (and refuses) exactly as before.
 */
final class IsoInstants {

    private IsoInstants() {
    }

    static Instant parse(String s) {
        Instant fast = common(s);
        return fast != null ? fast : OffsetDateTime.parse(s).toInstant();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:mm)}, or null for any other text. */
    static Instant common(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) return null;
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) i++;
            int count = i - start;
            if (count < 1 || count > 9) return null;
            nanos = digits(s, start, count);
            for (int k = count; k < 9; k++) nanos *= 10;
        }
        if (i >= n) return null;
        int offsetSeconds;
        char sign = s.charAt(i);
        if (sign == 'Z' && i + 1 == n) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59) return null;
            offsetSeconds = (sign == '+' ? 1 : -1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null; // out of range: the full parser refuses it with its own words
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number in {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

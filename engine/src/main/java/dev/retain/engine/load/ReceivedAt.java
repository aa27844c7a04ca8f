package dev.retain.engine.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * complaints.csv's {@code received_at}: an ISO date, a local date-time (in Asia/Shanghai), or a
 * date-time with an offset or Z (converted to Asia/Shanghai). A space may stand for the T.
 */
final class ReceivedAt {

    private ReceivedAt() {
    }

    /** The Asia/Shanghai wall-clock time, or null when the text is none of the accepted forms. */
    static LocalDateTime parse(String text) {
        String s = text.trim().replace(' ', 'T');
        try {
            if (s.length() == 10) return LocalDate.parse(s).atStartOfDay();
            if (s.endsWith("Z") || hasOffset(s)) {
                return OffsetDateTime.parse(s).atZoneSameInstant(ComplaintRecord.ZONE).toLocalDateTime();
            }
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean hasOffset(String s) {
        int t = s.indexOf('T');
        return t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0);
    }
}

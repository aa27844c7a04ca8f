package dev.retain.engine.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One row of complaints.csv, typed. {@code receivedAt} is the wall-clock time in the contract's
 * zone (Asia/Shanghai): a date without a time reads as the start of that day. {@code region}
 * and {@code branch} are null when the row leaves them empty.
 */
public record ComplaintRecord(String complaintId, String msisdn, LocalDateTime receivedAt, String channel, String category,
                              String description, String region, String branch) {

    /** The zone the contract's dates and times are in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The day the customer complained: the facts count complaints by it. */
    public LocalDate receivedDate() {
        return receivedAt.toLocalDate();
    }

    /** The moment of the complaint, for a database's timestamptz. */
    public Instant receivedInstant() {
        return receivedAt.atZone(ZONE).toInstant();
    }
}

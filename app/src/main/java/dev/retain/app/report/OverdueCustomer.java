package dev.retain.app.report;

import java.time.LocalDate;

/**
 * A customer over their tier's contact target, as the supervisor's list shows them: masked number
 * and name, the opaque key for the 360 view, the last contact (null: never; the gap then counts
 * from the join date) and the days since.
 */
public record OverdueCustomer(String customerKey, String maskedMsisdn, String maskedName, String tier, int targetDays,
                              LocalDate lastContact, LocalDate joinDate, long daysWithoutContact) {
}

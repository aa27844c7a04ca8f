package dev.retain.engine.load;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.PreferredChannel;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;

/**
 * One row of subscribers.csv, typed. {@code tier} is null when the export leaves it to the
 * tier rules; optional dates are null when unknown; {@code email} is null when the customer has
 * none, {@code preferredChannel} when the export does not say (the channel is then SMS).
 * {@code address}, {@code lat} and {@code lon} (issue 13: where to visit the customer) are null when
 * unknown; {@code lat} and {@code lon} are WGS-84 degrees, both or neither.
 */
public record SubscriberRecord(String msisdn, String name, String gender, LocalDate birthDate, boolean lunarBirthday,
                               String region, String branch, Brand brand, Tier tier, String groupId, LocalDate joinDate,
                               String planId, long minCommitFen, LocalDate contractEnd, long points,
                               LocalDate pointsExpiry, boolean marketingConsent, boolean dnd, String email,
                               PreferredChannel preferredChannel, String address, Double lat, Double lon) {
}

package dev.retain.app.inspection;

import java.util.UUID;

/**
 * A customer of a round's sample as pages and the CSV show them: by customer key and masked number only, with the
 * stratum and manager of the draw and the finding, if one was recorded (else null).
 */
public record SampledCustomer(UUID customerKey, String maskedMsisdn, String tier, String zone, String managerId, String managerName,
                              int drawOrder, Finding finding) {

    public String stratum() {
        return StratifiedSample.key(tier, zone);
    }
}

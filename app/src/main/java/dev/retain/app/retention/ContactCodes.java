package dev.retain.app.retention;

import java.util.List;

/** The codes a logged contact may carry (SPEC R4.4, R8.1), as stored in {@code contact}. */
public final class ContactCodes {

    public static final List<String> CHANNELS =
            List.of("phone_manager", "customer_manager", "business_hall", "hotline_10086", "sms", "app");
    public static final List<String> OUTCOMES =
            List.of("reached", "unreachable", "refused", "accepted_offer", "complaint_raised");
    public static final List<String> DECLINE_REASONS =
            List.of("price", "network_quality", "competitor_offer", "moving_away", "no_need", "other");

    public static final String REFUSED = "refused";
    public static final String ACCEPTED_OFFER = "accepted_offer";

    /** The same lists as regular expressions, for {@code @Pattern}. */
    static final String CHANNEL_PATTERN = "phone_manager|customer_manager|business_hall|hotline_10086|sms|app";
    static final String OUTCOME_PATTERN = "reached|unreachable|refused|accepted_offer|complaint_raised";
    static final String DECLINE_PATTERN = "price|network_quality|competitor_offer|moving_away|no_need|other";

    private ContactCodes() {
    }
}

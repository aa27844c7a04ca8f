package dev.retain.engine.load;

import java.util.List;

/** The required columns of each contract file (docs/data-formats.md). */
public final class ContractColumns {

    private ContractColumns() {
    }

    public static final String SUBSCRIBERS = "subscribers.csv";
    public static final String USAGE = "usage_monthly.csv";
    public static final String CALL_PEERS = "call_peers.csv";
    public static final String PLANS = "plans.csv";
    public static final String MANAGERS = "managers.csv";
    public static final String GROUPS = "groups.csv";
    /** Optional: the display names of regions and branches (read by the application, not by the cycle). */
    public static final String REGIONS = "regions.csv";
    /** Optional: the customers' complaints (issue 13), facts of the cycle and the app's bulk complaint import. */
    public static final String COMPLAINTS = "complaints.csv";

    public static final List<String> SUBSCRIBER_REQUIRED = List.of("msisdn", "name", "region", "brand", "join_date");
    /**
     * subscribers.csv's optional columns: an absent column reads as empty in every row. The last two
     * (how to reach the customer besides the number) came with issue 11; exports written before
     * it load unchanged. address, lat and lon (where to visit the customer) came with issue 13.
     */
    public static final List<String> SUBSCRIBER_OPTIONAL = List.of("gender", "birth_date", "lunar_birthday", "branch", "tier",
            "group_id", "plan_id", "min_commit", "contract_end", "points", "points_expiry", "marketing_consent", "dnd",
            "email", "preferred_channel", "address", "lat", "lon");
    public static final List<String> USAGE_REQUIRED = List.of("msisdn", "month", "bill", "mou_out", "data_mb", "sms", "state");
    public static final List<String> CALL_PEER_REQUIRED = List.of("msisdn", "month", "peer", "peer_operator", "calls", "minutes");
    public static final List<String> PLAN_REQUIRED = List.of("plan_id", "name", "monthly_fee", "voice_min", "data_mb", "sms",
            "over_voice_per_min", "over_data_per_mb", "over_sms");
    public static final List<String> MANAGER_REQUIRED = List.of("manager_id", "name", "role", "region");
    public static final List<String> GROUP_REQUIRED = List.of("group_id", "name");
    public static final List<String> REGION_REQUIRED = List.of("region", "branch", "name_zh", "name_en");
    public static final List<String> COMPLAINT_REQUIRED = List.of("complaint_id", "msisdn", "received_at", "channel", "category",
            "description");
    public static final List<String> COMPLAINT_OPTIONAL = List.of("region", "branch");
}

package dev.retain.app.metrics;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a month's figures are broken down: the province, or by the customer's tier, branch (region and branch, keyed
 * {@code region/branch}), their manager's team, or their manager. {@link #key} is the SQL of the key over
 * {@code metric_customer}; an empty key is "none" (no team, no manager).
 */
public enum Breakdown {
    ALL("all", "''"),
    TIER("tier", "tier"),
    BRANCH("branch", "region || '/' || branch"),
    TEAM("team", "coalesce(team, '')"),
    MANAGER("manager", "coalesce(manager_id, '')");

    private final String code;
    private final String key;

    Breakdown(String code, String key) {
        this.code = code;
        this.key = key;
    }

    public String code() {
        return code;
    }

    /** SQL over metric_customer: the row's key in this breakdown. */
    public String key() {
        return key;
    }

    public static Optional<Breakdown> of(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}

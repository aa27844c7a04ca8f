package dev.retain.app.report.internal;

/**
 * The assigned customers (assignment) with their tier, join date and region, as SQL for the report's read models. Per
 * request the cost is the assignment rows: the other columns come from metrics' per-customer rows of the newest
 * segmented month ({@code metric_customer}, written after that month's cycle, where the customer has a segment row that
 * month, so its tier is their newest segment row's), and only a customer missing from them — assigned since, or the
 * month not refreshed yet — is looked up in segment and subscriber one by one. The tier is the same as joining every
 * assignment to the segments; the join date and region are the subscriber's as of that refresh (an import that
 * changes them shows after its cycle), without reading the million subscribers per request (docs/performance.md).
 */
final class AssignedCustomers {

    private AssignedCustomers() {
    }

    /**
     * A relation {@code (manager_id, role, msisdn, tier, join_date, region)}: one row per assignment whose customer has
     * a subscriber row, {@code where} (a condition on {@code a}, the assignment) limiting them. The tier is the newest
     * segment row's, else the imported one, else {@code none}. Parameter {@code :newest}: the newest segmented month
     * ({@code Segments.latestMonth()}, null before the first cycle), passed as a value so the plan reads that month's
     * rows by the primary key, not every month's.
     */
    static String relation(String where) {
        return """
                select a.manager_id, a.role, a.msisdn, coalesce(c.tier, g.tier, s.tier, 'none') as tier,
                       coalesce(c.join_date, s.join_date) as join_date, coalesce(c.region, s.region) as region
                from assignment a
                left join metric_customer c on c.month = :newest and c.msisdn = a.msisdn
                  and c.zone is not null and c.join_date is not null
                left join lateral (select x.tier from segment x where c.msisdn is null and x.msisdn = a.msisdn
                                   order by x.month desc limit 1) g on true
                left join lateral (select y.tier, y.join_date, y.region from subscriber y where c.msisdn is null and y.msisdn = a.msisdn
                                   limit 1) s on true
                where (%s) and (c.msisdn is not null or s.join_date is not null)""".formatted(where);
    }

}

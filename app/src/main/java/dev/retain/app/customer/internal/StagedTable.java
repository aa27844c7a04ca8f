package dev.retain.app.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One target table of the import and the SQL that moves a staged file into it. Staging
 * tables are temporary copies of the target's columns plus the source line, without
 * indexes or constraints: COPY fills them at full speed (no WAL), and they are created inside
 * the import's transaction, so a rollback removes them with everything else. Temporary, not
 * unlogged: after a crash PostgreSQL deletes temporary files before it recovers, whereas an
 * unlogged table created by the interrupted import made the recovery fail ("could not create
 * file …: File exists" when it reset the unlogged relations).
 */
record StagedTable(String target, List<String> keys, List<String> values) {

    static final StagedTable PLAN = new StagedTable("plan", List.of("plan_id"),
            List.of("name", "monthly_fee", "voice_min", "data_mb", "sms", "over_voice_per_min", "over_data_per_mb", "over_sms"));
    static final StagedTable MANAGER = new StagedTable("manager", List.of("manager_id"),
            List.of("name", "role", "region", "capacity", "active", "branch", "team"));
    static final StagedTable GROUP = new StagedTable("customer_group", List.of("group_id"), List.of("name", "account_manager_id"));
    /** {@code branch} is '' (never null) on a region's own row, so that it can be part of the key. */
    static final StagedTable REGION_NAME = new StagedTable("region_name", List.of("region", "branch"), List.of("name_zh", "name_en"));
    /** {@code msisdn} is the canonical number (the key), {@code msisdn_received} the number as the file wrote it. */
    static final StagedTable SUBSCRIBER = new StagedTable("subscriber", List.of("msisdn"),
            List.of("msisdn_received", "name", "gender", "birth_date", "lunar_birthday", "region", "branch", "brand", "tier", "group_id", "join_date",
                    "plan_id", "min_commit", "contract_end", "points", "points_expiry", "marketing_consent", "dnd", "email", "preferred_channel",
                    "address", "lat", "lon"));
    static final StagedTable USAGE = new StagedTable("usage_monthly", List.of("msisdn", "month"),
            List.of("bill", "mou_out", "data_mb", "sms", "state"));
    static final StagedTable CALL_PEER = new StagedTable("call_peer", List.of("msisdn", "month", "peer"),
            List.of("peer_operator", "calls", "minutes"));

    List<String> columns() {
        List<String> all = new ArrayList<>(keys);
        all.addAll(values);
        return all;
    }

    /** The COPY column list: the target's columns, then the line in the input file. */
    List<String> stageColumns() {
        List<String> all = columns();
        all.add("line");
        return all;
    }

    String stageName(long importId) {
        return "import_stage_" + target + "_" + importId;
    }

    String createStage(String stage) {
        return "create temporary table " + stage + " (like " + target + ", line bigint not null)";
    }

    /**
     * Insert or update, for rows whose keys may exist. Only new and changed rows reach the
     * insert: an identical row is filtered out by the join first, because ON CONFLICT would
     * lock (and so write) every conflicting row even when it changes nothing. Re-importing
     * a file thus writes nothing. {@code filter} restricts the staged rows (alias {@code s}).
     */
    String upsert(String stage, String filter) {
        String cols = String.join(", ", columns());
        String staged = columns().stream().map(v -> "s." + v).collect(Collectors.joining(", "));
        String on = keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
        String changed = "(t." + keys.get(0) + " is null or (" + values.stream().map(v -> "t." + v).collect(Collectors.joining(", "))
                + ") is distinct from (" + values.stream().map(v -> "s." + v).collect(Collectors.joining(", ")) + "))";
        String set = values.stream().map(v -> v + " = excluded." + v).collect(Collectors.joining(", "));
        return "insert into " + target + " (" + cols + ") select " + staged + " from " + stage + " s left join " + target + " t on " + on
                + " where " + changed + (filter == null ? "" : " and " + filter)
                + " on conflict (" + String.join(", ", keys) + ") do update set " + set;
    }

    /** Plain insert, for rows whose keys cannot exist yet (a month the table has no rows for): no conflict check. */
    String insert(String stage, String filter) {
        return insertUnordered(stage, filter) + inKeyOrder();
    }

    /** Plain insert in file order, for a table without indexes (they are built afterwards). */
    String insertUnordered(String stage, String filter) {
        String cols = String.join(", ", columns());
        return "insert into " + target + " (" + cols + ") select " + cols + " from " + stage + " s" + where(filter);
    }

    /**
     * Rows in primary-key order: each index insert lands next to the previous one instead of
     * on a random page, which keeps a large index's working set small.
     */
    private String inKeyOrder() {
        return " order by " + String.join(", ", keys);
    }

    /** Removes every staged row that repeats an earlier row's key (the first row wins), returning them. */
    String removeDuplicates(String stage) {
        String keyList = String.join(", ", keys);
        return "delete from " + stage + " where line in (select line from (select line, row_number() over (partition by "
                + keyList + " order by line) as n from " + stage + ") d where n > 1) returning line, "
                + String.join(", ", columns());
    }

    private static String where(String filter) {
        return filter == null ? "" : " where " + filter;
    }
}

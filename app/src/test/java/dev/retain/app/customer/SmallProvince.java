package dev.retain.app.customer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-made province in the CSV contract, with keys of its own (every test picks a
 * different {@code key}, because the test database is shared): one plan, one manager, one
 * group, {@code n} subscribers, two months of usage and one call peer per subscriber.
 */
final class SmallProvince {

    static final String JAN = "2024-01";
    static final String FEB = "2024-02";

    final int key;
    final int n;
    final List<String> subscribers = new ArrayList<>();
    final List<String> usage = new ArrayList<>();
    final List<String> callPeers = new ArrayList<>();

    SmallProvince(int key, int n) {
        this.key = key;
        this.n = n;
        for (int i = 0; i < n; i++) {
            String m = msisdn(i);
            subscribers.add(m + ",张" + i + ",M,1980-05-0" + (1 + i % 9) + ",false,hangzhou,xihu,gotone," + (i % 3 == 0 ? "gold" : "")
                    + "," + group() + ",2015-03-01," + plan() + ",88,2027-12-31,1200,2026-12-31,true,false");
            usage.add(m + "," + JAN + ",200.50,350,1024.5,12,active");
            usage.add(m + "," + FEB + ",150,280,900,8," + (i % 10 == 9 ? "suspended" : "active"));
            callPeers.add(m + "," + FEB + ",1860000" + String.format(Locale.ROOT, "%04d", i) + ",unicom,12,40");
        }
    }

    String msisdn(int i) {
        return String.format(Locale.ROOT, "139%03d%05d", key, i);
    }

    String prefix() {
        return String.format(Locale.ROOT, "139%03d", key);
    }

    String plan() {
        return "PL" + key;
    }

    String manager() {
        return "MG" + key;
    }

    String group() {
        return "GR" + key;
    }

    /** Writes all six files into {@code dir}. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("plans.csv"), "plan_id,name,monthly_fee,voice_min,data_mb,sms,over_voice_per_min,over_data_per_mb,over_sms\n"
                + plan() + ",畅聊88,88,500,10240,100,0.19,0.29,0.10\n");
        Files.writeString(dir.resolve("managers.csv"), "manager_id,name,role,region,capacity,active\n"
                + manager() + ",王经理,customer_manager,hangzhou,,true\n");
        Files.writeString(dir.resolve("groups.csv"), "group_id,name,account_manager_id\n" + group() + ",\"Acme, Ltd\"," + manager() + "\n");
        writeSubscribers(dir, subscribers);
        writeUsage(dir, usage);
        Files.writeString(dir.resolve("call_peers.csv"), "msisdn,month,peer,peer_operator,calls,minutes\n" + String.join("\n", callPeers) + "\n");
        return dir;
    }

    static final String SUBSCRIBERS_HEADER = "msisdn,name,gender,birth_date,lunar_birthday,region,branch,brand,tier,group_id,"
            + "join_date,plan_id,min_commit,contract_end,points,points_expiry,marketing_consent,dnd";

    static void writeSubscribers(Path dir, List<String> rows) throws IOException {
        Files.writeString(dir.resolve("subscribers.csv"), SUBSCRIBERS_HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    /**
     * subscribers.csv with the contract's columns and then {@code optionalColumns} ("email,preferred_channel"):
     * each row is a number, the contract's values of a gold customer in {@code branch}, then its optional values.
     */
    static void writeSubscribersWith(Path dir, String optionalColumns, String branch, List<String> numberAndOptionalValues)
            throws IOException {
        String contract = ",Name,F,1980-01-01,false,hangzhou," + branch + ",gotone,gold,,2015-01-01,,,,0,,true,false,";
        StringBuilder csv = new StringBuilder(SUBSCRIBERS_HEADER).append(',').append(optionalColumns).append('\n');
        for (String row : numberAndOptionalValues) {
            int comma = row.indexOf(',');
            csv.append(row, 0, comma).append(contract).append(row.substring(comma + 1)).append('\n');
        }
        Files.writeString(dir.resolve("subscribers.csv"), csv.toString());
    }

    static void writeUsage(Path dir, List<String> rows) throws IOException {
        Files.writeString(dir.resolve("usage_monthly.csv"), "msisdn,month,bill,mou_out,data_mb,sms,state\n" + String.join("\n", rows) + "\n");
    }

    /** Rows of this province's keys in each table, to prove what an import kept or did not keep. */
    record Counts(long plans, long managers, long groups, long subscribers, long usage, long callPeers) {

        long total() {
            return plans + managers + groups + subscribers + usage + callPeers;
        }
    }

    Counts counts(JdbcClient jdbc) {
        String like = prefix() + "%";
        return new Counts(
                jdbc.sql("select count(*) from plan where plan_id = ?").param(plan()).query(Long.class).single(),
                jdbc.sql("select count(*) from manager where manager_id = ?").param(manager()).query(Long.class).single(),
                jdbc.sql("select count(*) from customer_group where group_id = ?").param(group()).query(Long.class).single(),
                jdbc.sql("select count(*) from subscriber where msisdn like ?").param(like).query(Long.class).single(),
                jdbc.sql("select count(*) from usage_monthly where msisdn like ?").param(like).query(Long.class).single(),
                jdbc.sql("select count(*) from call_peer where msisdn like ?").param(like).query(Long.class).single());
    }
}

package dev.retain.engine.load;

import static dev.retain.engine.fixtures.ProvinceFiles.SUBSCRIBERS_HEADER;
import static dev.retain.engine.fixtures.ProvinceFiles.writeText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.value.PreferredChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** subscribers.csv's optional contact columns (issue 11): email and preferred_channel. */
class ContactColumnsTests extends LoaderTestSupport {

    private static final String HEADER = SUBSCRIBERS_HEADER + ",email,preferred_channel";
    private static final String ROW = ",Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false,";

    private final List<SubscriberRecord> rows = new ArrayList<>();

    private List<String> read(String... lines) throws IOException {
        Path file = writeText(in().resolve("subscribers.csv"), HEADER + "\n" + String.join("\n", lines) + "\n");
        Files.createDirectories(report());
        new ContractFileReader(report(), 1.0).read(file, ContractColumns.SUBSCRIBER_REQUIRED,
                new SubscriberParser((row, line) -> rows.add(row), id -> true, id -> true), null);
        return Files.exists(report().resolve("subscribers.csv.rejects.csv")) ? rejects("subscribers.csv") : List.of();
    }

    @Test
    void emailAndPreferredChannelAreReadAndBadOnesRejectedWithLineAndColumn() throws IOException {
        List<String> rejects = read(
                "13800000001" + ROW + "zhang.wei@163.com,email",            // 2
                "13800000002" + ROW + ",",                                   // 3 both empty
                "13800000003" + ROW + " 10001@qq.com ,CALL",                 // 4 trimmed, upper case code
                "13800000004" + ROW + "zhangwei.163.com,sms",                // 5 no @
                "13800000005" + ROW + "a@qq.com,fax",                        // 6 unknown code
                "13800000006" + ROW + ",email",                              // 7 email preferred without an address
                "13800000007" + ROW + "b@qq.com,");                          // 8 an address, channel left to SMS
        assertThat(rejects).satisfiesExactly(
                r -> assertThat(r).isEqualTo("5|email|not an email address: 'zhangwei.163.com' (no @)"),
                r -> assertThat(r).startsWith("6|preferred_channel|unknown PreferredChannel 'fax' (expected sms/email/call)"),
                r -> assertThat(r).isEqualTo("7|preferred_channel|email preferred but the row has no email address"));
        assertThat(rows).extracting(SubscriberRecord::msisdn).containsExactly("13800000001", "13800000002", "13800000003", "13800000007");
        assertThat(rows).extracting(SubscriberRecord::email).containsExactly("zhang.wei@163.com", null, "10001@qq.com", "b@qq.com");
        assertThat(rows).extracting(SubscriberRecord::preferredChannel)
                .containsExactly(PreferredChannel.EMAIL, null, PreferredChannel.CALL, null);
    }

    @Test
    void aFileWithoutTheColumnsLoadsAsBefore() throws IOException {
        Path file = writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        Files.createDirectories(report());
        new ContractFileReader(report(), 0.0).read(file, ContractColumns.SUBSCRIBER_REQUIRED,
                new SubscriberParser((row, line) -> rows.add(row), id -> true, id -> true), null);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.email()).isNull();
            assertThat(r.preferredChannel()).isNull();
        });
    }
}

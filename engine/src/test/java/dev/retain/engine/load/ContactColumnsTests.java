package dev.retain.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.value.PreferredChannel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** subscribers.csv's optional contact columns (issue 11): email and preferred_channel. */
class ContactColumnsTests extends LoaderTestSupport {

    private static final String COLUMNS = "email,preferred_channel";
    private static final String ROW = SUBSCRIBER_COLUMNS;

    private final List<SubscriberRecord> rows = new ArrayList<>();

    private List<String> read(String... lines) throws IOException {
        return readSubscribers(COLUMNS, rows, lines);
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
        assertThat(readSubscribers(null, rows, "13800000001")).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.email()).isNull();
            assertThat(r.preferredChannel()).isNull();
        });
    }
}

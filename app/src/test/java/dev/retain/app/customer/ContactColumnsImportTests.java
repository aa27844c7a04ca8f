package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.engine.value.PreferredChannel;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * subscribers.csv's optional email and preferred_channel (issue 11): imported through the staging
 * path, rejected with file, line and column when malformed, and read back through
 * {@link ContactDetails} by the outbox.
 */
@RetainWebTest
class ContactColumnsImportTests {

    private static final String COLUMNS = "email,preferred_channel";

    @Autowired ImportService imports;
    @Autowired ContactDetails contacts;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    @Test
    void emailAndPreferredChannelAreImportedAndBadValuesRejectedWithLineAndColumn() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("contact"));
        SmallProvince.writeSubscribersWith(dir, COLUMNS, "fuyang", List.of(
                "13971000001,zhang.wei@163.com,email",     // 2
                "+8613971000002,,call",                    // 3
                "13971000003,,",                           // 4 nothing said: SMS
                "13971000004,zhang@163,sms",               // 5 no top-level domain
                "13971000005,a@qq.com,wechat"));           // 6 unknown code

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI, 0.5);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportRun.SUCCEEDED);
        assertThat(run.files()).contains(new ImportFileCounts("subscribers.csv", 5, 3, 2));
        StringWriter rejects = new StringWriter();
        imports.writeRejects(run.id(), rejects);
        assertThat(rejects.toString())
                .contains("subscribers.csv,5,email,not an email address: 'zhang@163' (the domain '163' has no dot)")
                .contains("subscribers.csv,6,preferred_channel,unknown PreferredChannel 'wechat' (expected sms/email/call)");

        assertThat(contacts.of("13971000001")).hasValueSatisfying(c -> {
            assertThat(c.email()).isEqualTo("zhang.wei@163.com");
            assertThat(c.preferredChannel()).isEqualTo(PreferredChannel.EMAIL);
            assertThat(c.preferredChannelGiven()).isTrue();
            assertThat(c.marketingConsent()).isTrue();
        });
        assertThat(contacts.of("8613971000002")).as("any form of the number").hasValueSatisfying(c -> {
            assertThat(c.msisdn()).isEqualTo("13971000002");
            assertThat(c.email()).isNull();
            assertThat(c.preferredChannel()).isEqualTo(PreferredChannel.CALL);
        });
        assertThat(contacts.of("13971000003")).hasValueSatisfying(c -> {
            assertThat(c.preferredChannel()).as("empty means SMS").isEqualTo(PreferredChannel.SMS);
            assertThat(c.preferredChannelGiven()).isFalse();
        });
        assertThat(contacts.of("13971000004")).as("rejected row").isEmpty();
        Map<String, ContactDetails.Contact> batch = contacts.of(List.of("13971000001", "+8613971000002", "13971009999"));
        assertThat(batch).containsOnlyKeys("13971000001", "13971000002");
    }

    @Test
    void aLaterExportWithoutTheColumnsLeavesNoStaleAddress() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("with"));
        SmallProvince.writeSubscribersWith(first, COLUMNS, "fuyang", List.of("13971000011,li@qq.com,email"));
        assertThat(imports.importFrom(first, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();
        Path second = Files.createDirectories(tmp.resolve("without"));
        SmallProvince.writeSubscribers(second, List.of("13971000011,Name,F,1980-01-01,false,hangzhou,fuyang,gotone,gold,,2015-01-01,,,,0,,true,false"));
        assertThat(imports.importFrom(second, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();

        // the export is the customer's state: a column it no longer writes is unknown, like any optional column
        assertThat(contacts.of("13971000011")).hasValueSatisfying(c -> {
            assertThat(c.email()).isNull();
            assertThat(c.preferredChannel()).isEqualTo(PreferredChannel.SMS);
        });
    }
}

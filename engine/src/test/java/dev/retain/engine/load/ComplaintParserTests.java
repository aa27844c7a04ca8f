package dev.retain.engine.load;

import static dev.retain.engine.fixtures.ProvinceFiles.writeText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.InputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** complaints.csv (issue 13): the contract's columns, its date forms and its rejects with line and column. */
class ComplaintParserTests extends LoaderTestSupport {

    private static final String HEADER = "complaint_id,msisdn,received_at,channel,category,description,region,branch";

    private final List<ComplaintRecord> rows = new ArrayList<>();

    private FileLoad read(double maxRejectRate, String header, String... lines) throws IOException {
        Path file = writeText(in().resolve("complaints.csv"), header + "\n" + String.join("\n", lines) + "\n");
        Files.createDirectories(report());
        return new ContractFileReader(report(), maxRejectRate).read(file, ContractColumns.COMPLAINT_REQUIRED,
                new ComplaintParser((row, line) -> rows.add(row), Set.of("13800000001", "13800000002")::contains), null);
    }

    @Test
    void goodRowsLoadAndBadOnesAreRejectedWithLineAndColumn() throws IOException {
        FileLoad load = read(1.0, HEADER,
                "C1,13800000001,2026-03-05,hotline,network,信号差,hangzhou,b1",           // 2 a date: start of day
                "C2,13800000002,2026-03-05T09:30,HALL,billing,多收费,,",                   // 3 local time, upper-case code
                "C3,13800000001,2026-03-31T20:00:00Z,online_hall,network,\"断网, 两次\",,", // 4 UTC → next day in Shanghai
                "C4,13800000001,2026-03-06 08:00:00+08:00,api,service,态度差,,",           // 5 a space for the T
                "C5,13800000001,05/03/2026,hotline,network,x,,",                            // 6 not ISO
                "C6,13800000003,2026-03-05,hotline,network,x,,",                            // 7 not a subscriber
                "C7,13800000001,2026-03-05,fax,network,x,,",                                // 8 unknown channel
                "C1,13800000002,2026-03-07,hotline,network,again,,",                       // 9 duplicate id
                "C8,13800000001,2026-03-05,hotline,,x,,",                                   // 10 no category
                "C9,13800000001,2026-03-05,hotline,network,,,",                             // 11 no description
                ",13800000001,2026-03-05,hotline,network,x,,",                              // 12 no id
                "C10,1380000000x,2026-03-05,hotline,network,x,,",                           // 13 not a number
                "C11,13800000001,2026-02-30,hotline,network,x,,");                          // 14 no such day
        assertThat(rejects("complaints.csv")).containsExactly(
                "6|received_at|not a date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS][offset]: '05/03/2026'",
                "7|msisdn|unknown subscriber 13800000003 (not in subscribers.csv)",
                "8|channel|unknown channel 'fax' (expected phone_manager/customer_manager/hall/hotline/online_hall/merchant/api/staff/quality/network_alarm/analysis/import)",
                "9|complaint_id|duplicate complaint_id 'C1' (first on line 2)",
                "10|category|required field is empty",
                "11|description|required field is empty",
                "12|complaint_id|required field is empty",
                "13|msisdn|not a phone number: '1380000000x' (expected optional + then 5-20 digits)",
                "14|received_at|not a date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS][offset]: '2026-02-30'");
        assertThat(load.loaded()).isEqualTo(4);
        assertThat(rows).extracting(ComplaintRecord::complaintId).containsExactly("C1", "C2", "C3", "C4");
        assertThat(rows).extracting(ComplaintRecord::receivedAt).containsExactly(
                LocalDateTime.of(2026, 3, 5, 0, 0), LocalDateTime.of(2026, 3, 5, 9, 30),
                LocalDateTime.of(2026, 4, 1, 4, 0), LocalDateTime.of(2026, 3, 6, 8, 0));
        assertThat(rows.get(0).receivedInstant()).isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
        assertThat(rows).extracting(ComplaintRecord::channel).containsExactly("hotline", "hall", "online_hall", "api");
        assertThat(rows.get(2).description()).isEqualTo("断网, 两次");
        assertThat(rows.get(0).region()).isEqualTo("hangzhou");
        assertThat(rows.get(1).region()).isNull();
    }

    @Test
    void regionAndBranchAreOptionalColumns() throws IOException {
        read(0.0, "complaint_id,msisdn,received_at,channel,category,description",
                "C1,13800000001,2026-03-05,hotline,network,信号差");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.region()).isNull();
            assertThat(r.branch()).isNull();
        });
    }

    @Test
    void aMissingRequiredColumnOrTooManyRejectsFailTheFile() {
        assertThatThrownBy(() -> read(0.0, "complaint_id,msisdn,channel,category,description",
                "C1,13800000001,hotline,network,x"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("complaints.csv").hasMessageContaining("received_at");
        assertThatThrownBy(() -> read(0.01, HEADER, "C1,13800000001,yesterday,hotline,network,x,,"))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 2, column received_at");
    }
}

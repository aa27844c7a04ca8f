package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cli.RetainCommandLineTests.Result;
import org.junit.jupiter.api.Test;

/**
 * {@code retain stream} as the command line sees it: listed in the help, and wrong usage refused
 * before any Kafka client starts. Running it against a broker is the stream module's broker tests
 * ({@code AlertStreamBrokerTests}), which drive the same {@code AlertStreamMain}.
 */
class StreamCommandTests {

    @Test
    void theHelpListsTheStreamCommandAndItsOptions() {
        assertThat(RetainCommandLineTests.run("help").out()).contains("stream    --bootstrap-servers HOST:PORT", "--province DIR",
                "--thresholds 80,100", "--bill-shock CNY", "usage-events-dlq");
    }

    @Test
    void withoutABrokerAddressItIsAUsageError() {
        Result r = RetainCommandLineTests.run("stream");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("--bootstrap-servers is required");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Result r = RetainCommandLineTests.run("stream", "--bootstrap-servers", "localhost:9092", "--treshold", "80");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("unknown option --treshold");
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedWithTheReason() {
        Result percent = RetainCommandLineTests.run("stream", "--bootstrap-servers", "localhost:9092", "--thresholds", "80,0");
        assertThat(percent.code()).isEqualTo(2);
        assertThat(percent.err()).contains("alert.allowance-percents: each between 1 and 1000");
        Result money = RetainCommandLineTests.run("stream", "--bootstrap-servers", "localhost:9092", "--bill-shock", "100.001");
        assertThat(money.code()).isEqualTo(2);
        assertThat(money.err()).contains("--bill-shock");
        Result publish = RetainCommandLineTests.run("stream", "--bootstrap-servers", "localhost:9092", "--publish-only");
        assertThat(publish.code()).isEqualTo(2);
        assertThat(publish.err()).contains("--publish-only needs --province DIR");
    }
}

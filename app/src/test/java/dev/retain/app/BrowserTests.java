package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Browser tests cannot vanish in CI: without a driver they skip on a laptop and fail under CI=true. */
class BrowserTests {

    private static final Path MISSING = Path.of("target", "no-such-chromedriver");

    @Test
    void withoutADriverABrowserTestFailsUnderCi() {
        assertThatThrownBy(() -> Browser.requireDriver(MISSING, Map.of("CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI=true").hasMessageContaining(MISSING.toString());
    }

    @Test
    void withoutADriverABrowserTestIsSkippedOutsideCi() {
        assertThatThrownBy(() -> Browser.requireDriver(MISSING, Map.of()))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Browser.requireDriver(MISSING, Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void anExecutableDriverIsEnoughEvenUnderCi() {
        // any executable file stands for the driver: the check is only "can it be run"
        assertThatCode(() -> Browser.requireDriver(Path.of("/bin/sh"), Map.of("CI", "true"))).doesNotThrowAnyException();
    }
}

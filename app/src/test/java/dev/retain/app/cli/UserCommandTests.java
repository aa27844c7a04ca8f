package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code retain user}: a login for a `serve` installation; wrong usage is refused before any database work. */
class UserCommandTests {

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RetainCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLoginIsSavedOnTheDatabase() {
        Result r = run("user", "--username", "hz-phone-7", "--password", "long-enough", "--role", "phone_manager", "--manager-id", "PM-HZ-007");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("no managers imported yet").contains("login hz-phone-7 (phone_manager, manager PM-HZ-007) saved");
    }

    @Test
    void anUnknownRoleIsNamed() {
        Result r = run("user", "--username", "x", "--password", "long-enough", "--role", "boss");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("--role must be one of admin, supervisor, phone_manager, customer_manager, complaint_handler, analyst, not 'boss'");
        // system is the role of integration clients (/admin/clients), never of a login
        assertThat(run("user", "--username", "x", "--password", "long-enough", "--role", "system").err())
                .contains("--role must be one of admin, supervisor, phone_manager, customer_manager, complaint_handler, analyst, not 'system'");
    }

    @Test
    void managersNeedTheirManagerIdAndOthersMayNotHaveOne() {
        assertThat(run("user", "--username", "x", "--password", "long-enough", "--role", "phone_manager").err())
                .contains("--manager-id is required for phone_manager");
        assertThat(run("user", "--username", "x", "--password", "long-enough", "--role", "admin", "--manager-id", "PM-1").code())
                .isEqualTo(64);
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThat(run("user", "--username", "x", "--password", "short", "--role", "admin").err())
                .contains("--password needs at least 8 characters");
    }
}

package dev.retain.app.cli;

import dev.retain.app.RetainApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code retain serve}: the web application on the configured database, without demo data. */
final class ServeCommand {

    static final Set<String> OPTIONS = Set.of("port");

    private ServeCommand() {
    }

    /** Starts the web application; a failed start is an {@link ApplicationStartException} (one line, details in the log). */
    static ConfigurableApplicationContext start(Options o, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(extraArgs));
        String port = o.text("port", null);
        if (port != null) args.add("--server.port=" + port);
        try {
            return SpringApplication.run(RetainApplication.class, ApplicationStart.arguments(args.toArray(String[]::new)));
        } catch (RuntimeException e) {
            throw new ApplicationStartException(e);
        }
    }

    static int run(Options o) {
        start(o);
        return RetainCommandLine.KEEP_RUNNING;
    }
}

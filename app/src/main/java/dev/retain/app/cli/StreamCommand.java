package dev.retain.app.cli;

import dev.retain.stream.AlertStreamMain;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code retain stream}: the real-time usage alerts (SPEC R6.1) as a Kafka Streams application
 * against any Kafka cluster, without Spring: the same topology and options as the stream module's
 * own main. {@code --province DIR} first publishes the plans and subscribers' plans of a CSV folder
 * to the compacted topics (only what changed); run it again with a new export to deliver a plan
 * change, with {@code --publish-only} while the instances keep running.
 */
final class StreamCommand {

    static final java.util.Set<String> OPTIONS = AlertStreamMain.OPTIONS;

    private StreamCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) throws InterruptedException, IOException {
        o.required("bootstrap-servers");
        Map<String, String> options = new HashMap<>(o.all());
        Path var = ApplicationStart.home().resolve("var");
        // the state stores live under the installation, like the database: a restart finds them
        options.putIfAbsent("state-dir", var.resolve("stream").toString());
        Path log = Files.createDirectories(var.resolve("log")).resolve("stream.log");
        StreamLogging.configure(log);
        out.println("log: " + log);
        return AlertStreamMain.run(options, out, err);
    }
}

package dev.retain.app.cli;

import dev.retain.stream.AlertStreamMain;
import java.io.PrintStream;

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

    static int run(Options o, PrintStream out, PrintStream err) throws InterruptedException {
        o.required("bootstrap-servers");
        return AlertStreamMain.run(o.all(), out, err);
    }
}

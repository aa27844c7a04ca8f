package dev.retain.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Logging of {@code retain stream}, which runs without Spring: Kafka's clients log their whole
 * configuration and every rebalance at INFO, so INFO goes to {@code var/log/stream.log} under the
 * installation's home and only warnings and errors reach the terminal (logback's own default would
 * print everything down to DEBUG there).
 */
final class StreamLogging {

    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    /**
     * Warnings that are routine, kept in the log file only: an unreachable broker is warned about every
     * second until the command gives up with one line; the global consumer warns at each start.
     */
    private static final java.util.Set<String> QUIET_ON_TERMINAL = java.util.Set.of(
            "org.apache.kafka.clients.NetworkClient",
            "org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils");

    private StreamLogging() {
    }

    static Path configure(Path logFile) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);

        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setFile(logFile.toString());
        file.setEncoder(encoder(context, PATTERN));
        file.start();
        root.addAppender(file);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder(context, "%d{HH:mm:ss} %-5level %logger{20} - %msg%n"));
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        console.addFilter(new ch.qos.logback.core.filter.Filter<>() {
            @Override
            public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent e) {
                return QUIET_ON_TERMINAL.contains(e.getLoggerName()) && !e.getLevel().isGreaterOrEqual(Level.ERROR)
                        ? ch.qos.logback.core.spi.FilterReply.DENY : ch.qos.logback.core.spi.FilterReply.NEUTRAL;
            }
        });
        console.start();
        root.addAppender(console);
        return logFile;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder e = new PatternLayoutEncoder();
        e.setContext(context);
        e.setPattern(pattern);
        e.start();
        return e;
    }
}

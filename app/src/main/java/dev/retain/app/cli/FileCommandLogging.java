package dev.retain.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file commands (generate, validate, cycle) run without Spring, on logback's default set-up, which prints
 * every library's INFO lines: Hadoop's codec pool says it made a compressor for each Parquet file. Their own
 * output is the progress bar and the summary line, so these libraries only speak up for warnings.
 */
final class FileCommandLogging {

    private FileCommandLogging() {
    }

    static void quietLibraries() {
        for (String name : new String[] {"org.apache.hadoop", "org.apache.parquet"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) logger.setLevel(Level.WARN);
        }
    }
}

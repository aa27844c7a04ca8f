package dev.retain.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions for the monthly cycle. */
public final class SparkSessions {

    /** The application name that Spark reports (spark-submit may set its own). */
    public static final String APP_NAME = "retain-cycle";

    /**
     * The job's name and serialization, on a cluster (spark-submit gives the master) as in tests: Kryo moves the
     * rows (byte arrays) much faster than Java serialization, the job's records go by {@link JobClasses}, and no
     * reference tracking, since nothing the job moves refers to itself.
     */
    static SparkSession.Builder forTheJob(SparkSession.Builder builder) {
        return builder.appName(APP_NAME)
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryo.registrator", JobClasses.class.getName())
                .config("spark.kryo.referenceTracking", "false");
    }

    private SparkSessions() {
    }

    /**
     * A local session on {@code cores} threads, bound to the loopback interface and without the web UI: for tests
     * and single-machine runs.
     */
    public static SparkSession local(int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1: " + cores);
        }
        return forTheJob(SparkSession.builder())
                .master("local[" + cores + "]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(cores * 2))
                .getOrCreate();
    }
}

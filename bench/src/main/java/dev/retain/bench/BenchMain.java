package dev.retain.bench;

import java.util.Arrays;

/**
 * Entry point of the benchmark jar: {@code java -jar bench/target/retain-bench.jar <benchmark> [options]}.
 * Benchmarks are run by hand (see docs/performance.md), never by the test suite.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println("""
                    usage: java -jar bench/target/retain-bench.jar cycle-vs-duckdb [--subscribers N] [--runs R] [--dir DIR] [--month YYYY-MM]
                      generates a province in DIR once (seed 7, 13 months), then alternates R timed runs of the
                      Retain cycle and of DuckDB computing the same five zones over the same CSV files, and prints
                      the medians and their ratio.
                    usage: java -jar bench/target/retain-bench.jar province-scale [--subscribers N[,N…]] [--runs R] [--dir DIR] [--heap 10g]
                           [--spark-partitions P] [--pg-data DIR]
                      issue 17's benchmark: alternates whole-process runs of `retain cycle --no-model` over CSV and over Parquet
                      (DIR/province-N-parquet, when there), the Spark job in local mode, DuckDB's and PostgreSQL's zones in SQL
                      (PostgreSQL over an imported database's var/db/data, given as --pg-data, the app stopped) and the floor (reading the bytes);
                      prints the medians, subscribers/s, peak memory and the ratio of each to the engine.
                    usage: java -jar bench/target/retain-bench.jar copy-ceiling [--subscribers N] [--runs R] [--dir DIR]
                      COPY's own ceiling, the peer of import-into-postgres: usage_monthly.csv streamed by COPY into an unlogged
                      text table and into the app's typed, keyed table, in a fresh embedded PostgreSQL; medians of rows/s.
                    usage: java -jar bench/target/retain-bench.jar web-load [--base URL] [--user U] [--password P]
                           [--clients C] [--seconds S] [--warmup W] [--pages N]
                      logs in to a running app as a manager and measures My tasks and Customer 360 (p50, p99, req/s).
                    usage: java -jar bench/target/retain-bench.jar import-into-postgres [--subscribers N] [--runs R] [--dir DIR] [--jar JAR] [--heap 4g]
                      runs `retain import DIR` (app/target/retain-app.jar) R times against a fresh embedded PostgreSQL, each
                      followed by a re-import of the same files, and prints the median rows/s of both.
                    usage: java -jar bench/target/retain-bench.jar churn-model [--subscribers N] [--runs R] [--dir DIR] [--training-rows N]
                      trains the churn model on N subscriber-months of a generated province and times it; then medians of
                      scoring and explaining rows/s, and of the cycle without the model, with a saved one and training its own.
                    usage: java -jar bench/target/retain-bench.jar care-day [--subscribers N] [--runs R]
                      the care calendar's daily run over N generated subscribers in columns: the time to build the columns,
                      then the medians of an ordinary day and of the Spring Festival's preparation day.
                    usage: java -jar bench/target/retain-bench.jar messages [--base URL] [--count N] [--clients C]
                           [--subscribers var/demo/province/subscribers.csv] [--admin admin] [--password P]
                      service SMS through POST /api/v1/messages, the outbox, the contact policy and SMPP to a running
                      `retain demo`'s local SMSC: the queueing rate (p50/p99) and messages/s end to end.
                    usage: java -jar bench/target/retain-bench.jar alerts [--subscribers N] [--events N] [--runs R] [--partitions P]
                           [--threads T] [--rate EVENTS_PER_S] [--seconds S] [--guarantees exactly_once_v2,at_least_once]
                           [--phases floor,driver,broker,latency]
                      usage events/s through the alert topology: a plain Java loop (the floor), TopologyTestDriver, Kafka
                      Streams against a broker in this JVM; then p50/p99 from produce to a committed alert under load.
                    usage: java -jar bench/target/retain-bench.jar usage-api [--base URL] [--key rtk_… | --user U --password P]
                           [--province DIR] [--subscribers N] [--events N] [--batch B] [--clients C] [--runs R]
                      usage events of a province's subscribers posted in batches to a running app's POST /api/v1/usage-events
                      (the in-process path, state in PostgreSQL), beside the same events in a plain Java loop (the floor).
                    usage: java -jar bench/target/retain-bench.jar solomon --instance FILE [--seconds S] [--seed N]
                      a Solomon VRPTW instance (bench/src/main/resources/solomon/*.txt): the nearest-neighbour baseline and
                      Timefold for S seconds (default 30), vehicles and exact Euclidean distance, beside the best-known values.
                    usage: java -jar bench/target/retain-bench.jar visit-days [--days N] [--visits V] [--visitors K] [--seconds S]
                      complaint visit days (seed 003) generated around Xi'an: Timefold for S seconds and the nearest-neighbour
                      baseline on the same days; visits planned, km, travel minutes and run time per day, then the medians.
                    usage: java -jar bench/target/retain-bench.jar work-orders [--base URL] [--key rtk_… | --user U --password P]
                           [--orders N] [--clients C] [--runs R] [--open N] [--board-runs R] [--board-user U --board-password P]
                      work orders/s through a running app's POST /api/v1/work-orders (median of rounds; --runs 0 skips them),
                      then the time-limit board's median time after posting --open more open work orders (the rounds' orders
                      and those already in the database count too: open = already there + orders × runs + --open).
                    usage: java -jar bench/target/retain-bench.jar counter --key rtk_… --month YYYY-MM [--base URL] [--customers N]
                           [--redemptions N] [--clients C] [--runs R] [--hot true] [--supervisor U --password P]
                      redemptions/s at a running demo's counter API with a merchant till's key (one point each, every
                      guarantee on), p50 and p99 per round and their medians; customers verified by a code read from the
                      SMSC simulator; --hot true puts every redemption on one balance.
                    usage: java -jar bench/target/retain-bench.jar report-timings --paths /a,/b,… [--base URL] [--user U]
                           [--password P] [--runs R]
                      the reports and dashboards one after another as one user: p50 and p99 per path over R rounds after a
                      warm-up round; anything but 200 fails the run.
                    usage: java -jar bench/target/retain-bench.jar reports [--base URL] [--user U] [--password P] [--month YYYY-MM]
                           [--quarter YYYY-Qn] [--runs R]
                      the monthly report (PDF, spreadsheet, PDF in English) and the quarter's bulletin through a running app's
                      /api/v1/reports, each built fresh R times after one untimed request: p50, p99 and the file's size.
                    usage: java -jar bench/target/retain-bench.jar local-kafka
                      a single-node Kafka (KRaft) in this JVM for trying `retain stream`; prints its address.""");
            System.exit(64);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "cycle-vs-duckdb" -> CycleVersusDuckDb.main(rest);
            case "province-scale" -> ProvinceScaleBench.main(rest);
            case "copy-ceiling" -> CopyCeiling.main(rest);
            case "web-load" -> WebLoad.main(rest);
            case "import-into-postgres" -> ImportIntoPostgres.main(rest);
            case "churn-model" -> ChurnModelBench.main(rest);
            case "care-day" -> CareDayBench.main(rest);
            case "messages" -> MessagesBench.main(rest);
            case "alerts" -> AlertsBench.main(rest);
            case "usage-api" -> UsageApiBench.main(rest);
            case "work-orders" -> WorkOrdersBench.main(rest);
            case "counter" -> CounterBench.main(rest);
            case "local-kafka" -> LocalKafkaCommand.main(rest);
            case "solomon" -> SolomonBench.main(rest);
            case "visit-days" -> VisitDaysBench.main(rest);
            case "report-timings" -> ReportTimings.main(rest);
            case "reports" -> ReportsBench.main(rest);
            default -> {
                System.err.println("unknown benchmark '" + args[0] + "'");
                System.exit(64);
            }
        }
    }
}

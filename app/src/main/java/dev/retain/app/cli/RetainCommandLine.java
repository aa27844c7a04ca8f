package dev.retain.app.cli;

import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.rules.RuleSetException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/**
 * The {@code retain} command line. Runs without starting Spring: the batch commands are
 * plain engine calls. Exit codes: 0 done, 1 done with rejected rows (validate), 2 bad
 * input (model: a bad CSV, label or model folder; or a database migrated by an earlier build
 * whose migrations changed), 3 I/O failure or the application could not start (one line
 * says why and what to do; the details are in var/log/retain.log), 64 wrong usage.
 */
public final class RetainCommandLine {

    static final String USAGE = """
            usage: retain <command> [options]

              demo      [--subscribers N] [--today YYYY-MM-DD] [--port P]
                                                     the web application with a demo province ending at the last closed
                                                     month before today: generated and imported on the first start (its
                                                     last two cycles run), ready once loaded; --today (or RETAIN_TODAY,
                                                     also for serve) sets the business date
              generate  --out DIR [--subscribers N] [--months K] [--seed S] [--last-month YYYY-MM] [--format csv|parquet]
                                                     write a synthetic province in the contract's CSV (or Parquet)
              validate  --in DIR [--out DIR] [--max-reject-rate R]
                                                     check every row of every input file, write <file>.rejects.csv
              cycle     --month YYYY-MM --in DIR --out DIR [--settings FILE] [--rules FILE]
                        [--previous-assignments FILE] [--max-reject-rate R] [--model DIR | --no-model | --retrain]
                                                     zones, tiers, churn scores, warnings, tasks and assignments for a
                                                     closed month; trains the churn model on the history (into
                                                     OUT/churn-model) once a month: a re-run of the month reuses it;
                                                     --model names a saved one
              import    DIR [--max-reject-rate R]
                                                     load the contract files of DIR into the database of `serve`, all or
                                                     nothing; exit 0 loaded, 1 loaded with rejected rows, 2 failed
              serve     [--port P]                   start the web application on the configured database (no demo data)
              user      --username U --password P --role R [--name N] [--manager-id M]
                                                     create or reset a login (roles: admin, supervisor, phone_manager,
                                                     customer_manager, complaint_handler, analyst; managers need their
                                                     managers.csv id)
              model train    --csv FILE --label COLUMN [--positive VALUE] [--id COLUMN] --out DIR [--seed S]
                                                     train the churn model on any customer-level CSV (columns typed automatically)
              model score    --model DIR --csv FILE --out scores.csv
                                                     score a CSV with a trained model: id, score
              model evaluate --csv FILE --label COLUMN [--positive VALUE] [--id COLUMN] [--folds 5] [--train-rows N]
                             [--drop-duplicates] [--seed S]
                                                     cross-validated AUC, Gini and top-decile lift, XGBoost and a logistic baseline
              calendar  --year YYYY                  the dates in use that year: festivals (official table, ICU4J where it
                                                     differs), the lunar year, public holidays and make-up working days (调休)
              stream    --bootstrap-servers HOST:PORT [--province DIR [--publish-only]] [--application-id ID]
                        [--thresholds 80,100] [--bill-shock CNY] [--time-zone ZONE] [--late-grace P3D]
                        [--dedup-window PT24H] [--partitions N] [--threads N] [--state-dir DIR] [--kafka-config FILE]
                        [--events-topic T] [--alerts-topic T] [--dead-letter-topic T] [--plans-topic T]
                        [--subscriber-plans-topic T]
                                                     real-time usage alerts on Kafka Streams (exactly once): usage-events ->
                                                     usage-alerts once per threshold per subscriber and month, bad records to
                                                     usage-events-dlq; --province publishes plans.csv and subscribers.csv to
                                                     the compacted plan topics first (a plan change: publish again); more
                                                     instances with the same --application-id share the partitions
              help                                   this text

            Files and columns: docs/data-formats.md
            """;

    private RetainCommandLine() {
    }

    /** What a command returns when it started the web server, which keeps the JVM alive. */
    static final int KEEP_RUNNING = -1;

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != KEEP_RUNNING) System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 64 : 0;
        }
        String command = args[0];
        try {
            return switch (command) {
                case "generate" -> {
                    FileCommandLogging.quietLibraries();
                    yield GenerateCommand.run(new Options(command, args, 1, GenerateCommand.OPTIONS), out);
                }
                case "cycle" -> {
                    FileCommandLogging.quietLibraries();
                    yield CycleCommand.run(new Options(command, args, 1, CycleCommand.OPTIONS), out);
                }
                case "validate" -> {
                    FileCommandLogging.quietLibraries();
                    yield ValidateCommand.run(new Options(command, args, 1, ValidateCommand.OPTIONS), out);
                }
                case "demo" -> DemoCommand.run(new Options(command, args, 1, DemoCommand.OPTIONS), out);
                case "import" -> ImportCommand.run(args, out, err);
                case "serve" -> ServeCommand.run(new Options(command, args, 1, ServeCommand.OPTIONS));
                case "user" -> UserCommand.run(new Options(command, args, 1, UserCommand.OPTIONS), out);
                case "model" -> ModelCommand.run(args, out);
                case "calendar" -> CalendarCommand.run(new Options(command, args, 1, CalendarCommand.OPTIONS), out);
                case "stream" -> StreamCommand.run(new Options(command, args, 1, StreamCommand.OPTIONS), out, err);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 64;
        } catch (InputFileException | RuleSetException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 3;
        } catch (ApplicationStartException e) {
            // serve, demo, import or user could not start the application: one line to act on, the details in the log
            return StartFailure.report(e.failure(), err, ApplicationStart.logFile());
        }
    }
}

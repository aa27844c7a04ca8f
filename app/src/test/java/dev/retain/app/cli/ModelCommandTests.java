package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cli.RetainCommandLineTests.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retain model train | score | evaluate as a user runs them, and every error they explain. */
class ModelCommandTests {

    @TempDir
    static Path work;
    static Path csv;
    static Path model;

    @BeforeAll
    static void trainOnce() throws Exception {
        csv = work.resolve("customers.csv");
        Files.writeString(csv, plantedCsv());
        model = work.resolve("model");
        Result r = run("model", "train", "--csv", csv.toString(), "--label", "churn", "--out", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("label 'churn' = 'yes'", "encoding:", "← chosen")
                .containsPattern("trained on 800 rows \\(\\d+ features, depth \\d, \\d+ rounds\\) in [0-9.]+ s");
    }

    /** 800 customers; churn is driven by the contract and complaints, the region is noise. */
    static String plantedCsv() {
        Random rnd = new Random(5);
        StringBuilder s = new StringBuilder("id,contract,complaints,region,monthly,churn\n");
        String[] contracts = {"month", "year", "two-year"};
        String[] regions = {"north", "south", "east", "west"};
        for (int i = 0; i < 800; i++) {
            String contract = contracts[rnd.nextInt(3)];
            int complaints = rnd.nextInt(4);
            double logit = (contract.equals("month") ? 1.5 : -1.5) + 1.2 * complaints - 2.5;
            boolean churn = rnd.nextDouble() < 1 / (1 + Math.exp(-logit));
            s.append('c').append(i).append(',').append(contract).append(',').append(complaints).append(',')
                    .append(regions[rnd.nextInt(4)]).append(',').append(rnd.nextInt(100) + 20).append(',').append(churn ? "yes" : "no").append('\n');
        }
        return s.toString();
    }

    @Test
    void trainWritesTheModelFolder() {
        for (String f : List.of("xgboost.json", "baseline.json", "encoding.json", "model.json")) assertThat(model.resolve(f)).exists();
    }

    @Test
    void scoreWritesIdAndScore() throws Exception {
        Path out = work.resolve("scores.csv");
        Result r = run("model", "score", "--model", model.toString(), "--csv", csv.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("scored 800 rows", "id = column 'id'");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(801);
        assertThat(lines.get(0)).isEqualTo("id,score");
        assertThat(lines.get(1)).matches("c0,0\\.\\d{6}");
    }

    @Test
    void withoutAnIdColumnTheRowNumberIsTheId() throws Exception {
        List<String> lines = Files.readAllLines(csv);
        StringBuilder noId = new StringBuilder();
        for (String l : lines.subList(0, 4)) noId.append(l.substring(l.indexOf(',') + 1)).append('\n');
        Path f = work.resolve("no-id.csv");
        Files.writeString(f, noId.toString());
        Path out = work.resolve("no-id-scores.csv");
        Result r = run("model", "score", "--model", model.toString(), "--csv", f.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).extracting(l -> l.split(",")[0]).containsExactly("id", "1", "2", "3");
    }

    @Test
    void evaluateReportsBothModelsWithTheirSpread() {
        Result r = run("model", "evaluate", "--csv", csv.toString(), "--label", "churn", "--folds", "3", "--seed", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("stratified 3-fold", "mean ± sd over 3 folds", "XGBoost", "logistic baseline")
                .containsPattern("evaluated 3 folds of 800 rows in [0-9.]+ s");
    }

    @Test
    void evaluateOnTheFirstRowsAndWithoutDuplicates() throws Exception {
        String text = Files.readString(csv);
        String[] lines = text.split("\n");
        Path dup = work.resolve("dup.csv");
        Files.writeString(dup, text + lines[1] + "\n" + lines[2] + "\n");
        Result r = run("model", "evaluate", "--csv", dup.toString(), "--label", "churn", "--train-rows", "600", "--drop-duplicates");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 exact duplicate rows dropped of 802", "train on the first 600 data rows", "one test set");
    }

    @Test
    void aMissingLabelColumnListsTheColumns() {
        Result r = run("model", "evaluate", "--csv", csv.toString(), "--label", "Churned");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("customers.csv", "no label column 'Churned'", "'contract'");
    }

    @Test
    void aLabelWithOneClassIsRefused() throws Exception {
        Path f = work.resolve("one.csv");
        Files.writeString(f, "a,churn\n1,no\n2,no\n3,no\n");
        Result r = run("model", "train", "--csv", f.toString(), "--label", "churn", "--out", work.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("one.csv", "only one class");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() throws Exception {
        Path empty = work.resolve("empty.csv");
        Files.writeString(empty, "");
        Path header = work.resolve("header.csv");
        Files.writeString(header, "a,churn\n");
        assertThat(run("model", "evaluate", "--csv", empty.toString(), "--label", "churn")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("empty.csv", "empty");
        });
        assertThat(run("model", "evaluate", "--csv", header.toString(), "--label", "churn")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("header.csv", "only a header row");
        });
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsOrABrokenQuoteNamesTheLine() throws Exception {
        Path f = work.resolve("ragged.csv");
        Files.writeString(f, "a,b,churn\n1,2,yes\n3,4\n");
        Result r = run("model", "train", "--csv", f.toString(), "--label", "churn", "--out", work.resolve("y").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("ragged.csv", "line 3", "2 fields, but the header has 3");
        Path q = work.resolve("quote.csv");
        Files.writeString(q, "a,b,churn\n1,2,yes\n3,\"4,no\n5,6,no\n");
        Result rq = run("model", "evaluate", "--csv", q.toString(), "--label", "churn");
        assertThat(rq.code()).isEqualTo(2);
        assertThat(rq.err()).contains("quote.csv", "line 3", "quoted field is never closed");
    }

    @Test
    void strayNonNumbersInANumericColumnAreMissingAndSaidSo() throws Exception {
        String text = Files.readString(csv).replaceFirst("\nc3,([a-z-]+),(\\d),", "\nc3,$1,n/a,");
        Path f = work.resolve("stray.csv");
        Files.writeString(f, text);
        Result r = run("model", "train", "--csv", f.toString(), "--label", "churn", "--out", work.resolve("stray-model").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("notice: column 'complaints': 1 non-numeric cell(s) treated as missing (first: line 5, 'n/a')");
    }

    @Test
    void anUnknownIdColumnIsRefused() {
        Result r = run("model", "train", "--csv", csv.toString(), "--label", "churn", "--id", "customer_no", "--out", work.resolve("z").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no id column 'customer_no'", "'id'");
    }

    @Test
    void aLabelWithOtherValuesNeedsPositive() throws Exception {
        Path f = work.resolve("status.csv");
        Files.writeString(f, Files.readString(csv).replace(",yes\n", ",left\n").replace(",no\n", ",stayed\n"));
        Result r = run("model", "evaluate", "--csv", f.toString(), "--label", "churn", "--folds", "2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--positive");
    }

    @Test
    void scoringAFileWithoutTheModelsColumnsNamesThem() throws Exception {
        Path f = work.resolve("other.csv");
        Files.writeString(f, "id,monthly\nc1,30\n");
        Result r = run("model", "score", "--model", model.toString(), "--csv", f.toString(), "--out", work.resolve("s.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("other.csv", "'contract'", "'complaints'");
        Result none = run("model", "score", "--model", work.resolve("nowhere").toString(), "--csv", f.toString(), "--out", work.resolve("s.csv").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("model folder not found");
    }

    @Test
    void wrongUsageExitsWith64() {
        assertThat(run("model").code()).isEqualTo(64);
        assertThat(run("model", "fit").err()).contains("unknown subcommand 'fit'");
        assertThat(run("model", "train", "--csv", csv.toString(), "--out", "x").err()).contains("--label is required");
        assertThat(run("model", "evaluate", "--csv", csv.toString(), "--label", "churn", "--folds", "1").code()).isEqualTo(64);
        assertThat(run("help").out()).contains("model train", "model score", "model evaluate");
    }

    static Result run(String... args) {
        return RetainCommandLineTests.run(args);
    }
}

package dev.retain.engine.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.load.InputFiles;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet inputs (issue 17): the same rows, the same validation, the same rejects and the same outputs as the CSV. */
class ParquetInputTests {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    /** A small province with every contract file the cycle reads, and two bad rows. */
    private static ProvinceFiles province(boolean badRows) {
        ProvinceFiles p = ProvinceFiles.province()
                .manager("pm1", "phone_manager", "hangzhou", "", "true")
                .manager("cm1", "customer_manager", "hangzhou", "50", "true")
                .manager("cm2", "customer_manager", "ningbo", "", "false")
                .group("g1", "cm1")
                .planRaw("p1,Plan \"One\",88.00,300,1024,100,0.19,0.29,0.10")
                .planRaw("p2,\"Plan, two\",188,600,2048,200,0.15,0.25,0.1");
        for (int i = 0; i < 12; i++) {
            String m = "1380000000" + String.format("%02d", i).substring(1);
            if (i >= 10) m = "139000000" + i;
            String tier = i % 3 == 0 ? "gold" : i % 3 == 1 ? "" : "none";
            p.subscriber(m, i % 4 == 0 ? "ningbo" : "hangzhou", tier, i == 5 ? "g1" : "", i == 2 ? "58.50" : "");
            p.usage(m, "2026-08", "320.00", 420, "active")
                    .usage(m, "2026-09", "300.00", 400 - i, "active")
                    .usage(m, "2026-10", i % 2 == 0 ? "300.00" : "95.5", 380 - i * 10, i == 7 ? "suspended" : "active");
            p.callPeer(m, "2026-10", "13900000001", i % 2 == 0 ? "cmcc" : "unicom", 3 + i);
        }
        p.complaint("c1", "13800000003", "2026-10-05 09:30").complaint("c2", "+8613800000004", "2026-10-12");
        if (badRows) {
            p.usageRaw("13800000001,2026-07,lots,100,1.5,3,active"); // a bill that is no amount
            p.subscriberRaw(ProvinceFiles.subscriberRow("+8613800000002", "hangzhou", "gold", "", "")); // 13800000002 again
            p.usage("13800000009", "2026-07", "-5.00", 10, "active");
        }
        return p;
    }

    private static Path copyAndConvert(Path csvDir, Path parquetDir) throws IOException {
        Files.createDirectories(parquetDir);
        try (Stream<Path> s = Files.list(csvDir)) {
            for (Path f : s.toList()) Files.copy(f, parquetDir.resolve(f.getFileName()));
        }
        ParquetExport.convertFolder(parquetDir);
        return parquetDir;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static MessageType schema(Path parquet) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(parquet))) {
            return r.getFooter().getFileMetaData().getSchema();
        }
    }

    private static CycleRunner runner() {
        // a dozen subscribers with bad rows among them: more than the default 1 % of rejects
        return new CycleRunner(CycleSettings.DEFAULTS.withMaxRejectRate(1.0), new RuleSetLoader().loadDefaults(), Progress.NONE);
    }

    @Test
    void theCycleOverParquetWritesTheSameFilesAndTheSameRejectsAsOverCsv() throws IOException {
        Path csv = province(true).writeTo(tmp.resolve("csv"));
        Path parquet = copyAndConvert(csv, tmp.resolve("parquet"));
        assertThat(listing(parquet)).containsExactly("call_peers.parquet", "complaints.parquet", "groups.parquet", "managers.parquet",
                "plans.parquet", "subscribers.parquet", "usage_monthly.parquet");

        runner().run(OCT, csv, tmp.resolve("out-csv"), null);
        runner().run(OCT, parquet, tmp.resolve("out-parquet"), null);
        for (String f : List.of("segments.csv", "tasks.csv", "assignments.csv", "facts.csv", "subscribers.csv.rejects.csv",
                "usage_monthly.csv.rejects.csv")) {
            assertThat(tmp.resolve("out-parquet").resolve(f)).as(f).exists();
            assertThat(Files.mismatch(tmp.resolve("out-csv").resolve(f), tmp.resolve("out-parquet").resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Table.read(tmp.resolve("out-parquet").resolve("segments.csv")).size()).isEqualTo(12);
        Table usageRejects = Table.read(tmp.resolve("out-parquet").resolve("usage_monthly.csv.rejects.csv"));
        assertThat(usageRejects.column("line")).containsExactly("38", "39");
        assertThat(usageRejects.column("column")).containsExactly("bill", "bill");
        Table subscriberRejects = Table.read(tmp.resolve("out-parquet").resolve("subscribers.csv.rejects.csv"));
        assertThat(subscriberRejects.column("line")).containsExactly("14");
        assertThat(subscriberRejects.column("column")).containsExactly("msisdn");
    }

    @Test
    void columnsAreTypedUnlessAValueDoesNotFitTheType() throws IOException {
        Path csv = province(false).writeTo(tmp.resolve("clean"));
        Path clean = copyAndConvert(csv, tmp.resolve("clean-parquet"));
        MessageType usage = schema(clean.resolve("usage_monthly.parquet"));
        assertThat(usage.getType("msisdn").asPrimitiveType().getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(usage.getType("bill").asPrimitiveType().getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(2, 12));
        assertThat(usage.getType("mou_out").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
        assertThat(usage.getType("data_mb").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.DOUBLE);
        MessageType subscribers = schema(clean.resolve("subscribers.parquet"));
        assertThat(subscribers.getType("join_date").asPrimitiveType().getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.dateType());
        assertThat(subscribers.getType("dnd").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BOOLEAN);
        assertThat(subscribers.getType("min_commit").asPrimitiveType().getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(2, 12));
        assertThat(schema(clean.resolve("plans.parquet")).getType("data_mb").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);

        Path bad = copyAndConvert(province(true).writeTo(tmp.resolve("bad")), tmp.resolve("bad-parquet"));
        MessageType badUsage = schema(bad.resolve("usage_monthly.parquet"));
        assertThat(badUsage.getType("bill").asPrimitiveType().getLogicalTypeAnnotation()).as("'lots' and '-5.00' are no decimal(12,2) amounts")
                .isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(badUsage.getType("mou_out").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
    }

    @Test
    void theRowsReadBackAsTheCsvLinesTheyCameFrom() throws IOException {
        Path csv = province(true).writeTo(tmp.resolve("csv"));
        Path parquet = copyAndConvert(csv, tmp.resolve("parquet"));
        InputFiles files = InputFiles.of(parquet);
        assertThat(files).isInstanceOf(ParquetInputFiles.class);
        // the fixture writes every value in its canonical spelling, so the lines are the very same bytes
        for (String f : List.of("usage_monthly.csv", "call_peers.csv", "managers.csv", "groups.csv", "complaints.csv")) {
            try (InputStream in = files.open(f)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(f).isEqualTo(Files.readString(csv.resolve(f)));
            }
        }
        try (InputStream in = files.open("plans.csv")) {
            // money as decimal(12,2): 188 and 0.1 come back as 188.00 and 0.10, the same amounts
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ProvinceFiles.PLANS_HEADER + "\n"
                    + "p1,\"Plan \"\"One\"\"\",88.00,300,1024,100,0.19,0.29,0.10\n"
                    + "p2,\"Plan, two\",188.00,600,2048,200,0.15,0.25,0.10\n");
        }
        assertThat(files.exists("regions.csv")).isFalse();
        assertThat(InputFiles.of(csv)).isNotInstanceOf(ParquetInputFiles.class);
        // both formats of subscribers in one folder: the CSV wins, as before
        Files.copy(csv.resolve("subscribers.csv"), parquet.resolve("subscribers.csv"));
        assertThat(InputFiles.of(parquet)).isNotInstanceOf(ParquetInputFiles.class);
    }

    @Test
    void aFolderOfPartsIsReadInFileNameOrderAndLinesCountOnAcrossParts() throws IOException {
        Path in = tmp.resolve("parts");
        Files.createDirectories(in);
        Path work = tmp.resolve("work");
        Files.createDirectories(work);
        ProvinceFiles.write(work.resolve("subscribers.csv"), ProvinceFiles.SUBSCRIBERS_HEADER, List.of(
                ProvinceFiles.subscriberRow("13800000001", "hangzhou", "gold", "", ""),
                ProvinceFiles.subscriberRow("13800000002", "hangzhou", "gold", "", "")));
        ParquetExport.convert("subscribers.csv", work.resolve("subscribers.csv"), in.resolve("subscribers.parquet"));
        Path usage = in.resolve("usage_monthly.parquet");
        Files.createDirectories(usage);
        String h = ProvinceFiles.USAGE_HEADER;
        ProvinceFiles.write(work.resolve("a.csv"), h, List.of("13800000001,2026-09,100.00,10,1.5,1,active",
                "13800000002,2026-09,100.00,10,1.5,1,active"));
        // a later part with its columns in another order, a bad row and a quoted line break in a value
        ProvinceFiles.write(work.resolve("b.csv"), "month,msisdn,bill,mou_out,data_mb,sms,state", List.of(
                "2026-10,13800000001,100.00,10,1.5,1,\"act\nive\"",
                "2026-10,13800000002,100.00,10,1.5,1,active",
                "2026-10,13800000002,100.00,10,1.5,1,active"));
        ParquetExport.convert("usage_monthly.csv", work.resolve("b.csv"), usage.resolve("part-00001.parquet"));
        ParquetExport.convert("usage_monthly.csv", work.resolve("a.csv"), usage.resolve("part-00000.parquet"));
        Files.writeString(usage.resolve("_SUCCESS"), "");
        Files.writeString(usage.resolve(".part-00000.parquet.crc"), "x");

        Path report = tmp.resolve("report");
        List<FileLoad> loads = new ProvinceLoader(in, report, 1.0, Progress.NONE).validateAll();
        assertThat(loads).extracting(FileLoad::file).containsExactly("subscribers.csv", "usage_monthly.csv");
        assertThat(loads.get(1).rows()).isEqualTo(5);
        Table rejects = Table.read(report.resolve("usage_monthly.csv.rejects.csv"));
        // rows 3, 4 of the second part are rows 4, 5 overall: lines 5 and 6 (the header is line 1), whatever the line break
        assertThat(rejects.column("line")).containsExactly("4", "6");
        assertThat(rejects.column("column")).containsExactly("state", "month");
    }
}

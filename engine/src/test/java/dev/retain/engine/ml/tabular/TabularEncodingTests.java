package dev.retain.engine.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.ml.FeatureMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularEncodingTests {

    @TempDir
    Path dir;

    /** 40 customers: an id, a number with a blank, a yes/no, a category with a rare level, a constant, a stray "n/a", the label. */
    private RawTable sample() throws Exception {
        StringBuilder csv = new StringBuilder("customer,tenure,paperless,contract,country,charges,\"Churn Flag\"\n");
        for (int i = 0; i < 40; i++) {
            String contract = i == 4 ? "two-year" : i == 11 ? "weekly" : i % 2 == 0 ? "monthly" : "yearly";
            String tenure = i == 3 ? "" : Integer.toString(i * 3);
            String charges = i == 5 ? "n/a" : (20 + i) + ".5";
            csv.append("C-").append(100 + i).append(',').append(tenure).append(',').append(i % 2 == 0 ? "Yes" : "No").append(',')
                    .append(contract).append(",CN,").append(charges).append(',').append(i % 3 == 0 ? "Yes" : "No").append('\n');
        }
        Path f = dir.resolve("customers.csv");
        Files.writeString(f, csv.toString());
        return RawTable.read(f);
    }

    private static int[] all(RawTable t) {
        int[] r = new int[t.size()];
        for (int i = 0; i < r.length; i++) r[i] = i;
        return r;
    }

    @Test
    void typesEachColumn() throws Exception {
        RawTable t = sample();
        TabularEncoding e = TabularEncoding.fit(t, all(t), "Churn Flag", null);
        assertThat(e.columns()).extracting(ColumnEncoding::column).containsExactly("tenure", "paperless", "contract", "charges");
        assertThat(e.columns().get(0)).isInstanceOf(ColumnEncoding.Numeric.class);
        assertThat(e.columns().get(1)).isInstanceOf(ColumnEncoding.YesNo.class);
        assertThat(e.columns().get(3)).isInstanceOf(ColumnEncoding.Numeric.class); // 39 of 40 numbers: the "n/a" is a stray
        ColumnEncoding.OneHot contract = (ColumnEncoding.OneHot) e.columns().get(2);
        assertThat(contract.levels()).containsExactly("monthly", "yearly"); // two-year and weekly are seen once: "other"
        assertThat(contract.otherFeature()).isEqualTo("contract=other");
        assertThat(e.featureNames()).containsExactly("tenure", "paperless", "contract=monthly", "contract=yearly", "contract=other", "charges");
        assertThat(e.featureNames()).doesNotContain("Churn Flag");
        assertThat(e.idColumn()).isEqualTo("customer");
        assertThat(e.dropped()).extracting(TabularEncoding.DroppedColumn::column).containsExactly("customer", "country");
        assertThat(e.dropped().get(1).reason()).contains("constant");
    }

    @Test
    void blanksAndStrayNonNumbersAreMissingAndReported() throws Exception {
        RawTable t = sample();
        TabularEncoding e = TabularEncoding.fit(t, all(t), "Churn Flag", null);
        TabularEncoding.Encoded enc = e.apply(t, all(t));
        FeatureMatrix x = enc.matrix();
        assertThat(x.get(3, x.indexOf("tenure"))).isNaN();
        assertThat(x.get(4, x.indexOf("tenure"))).isEqualTo(12f);
        assertThat(x.get(5, x.indexOf("charges"))).isNaN();
        assertThat(x.get(0, x.indexOf("paperless"))).isEqualTo(1f);
        assertThat(x.get(1, x.indexOf("paperless"))).isEqualTo(0f);
        assertThat(x.get(4, x.indexOf("contract=other"))).isEqualTo(1f);
        assertThat(x.get(4, x.indexOf("contract=monthly"))).isEqualTo(0f);
        assertThat(enc.notices()).singleElement().asString().contains("'charges'", "1 non-numeric", "line 7", "'n/a'");
    }

    @Test
    void aMostlyTextColumnStaysCategorical() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "plan,y\n1,0\nA,1\nB,0\nA,1\nB,0\n2,1\n");
        RawTable t = RawTable.read(dir.resolve("t.csv"));
        TabularEncoding e = TabularEncoding.fit(t, all(t), "y", null);
        assertThat(e.columns().get(0)).isInstanceOf(ColumnEncoding.OneHot.class);
    }

    @Test
    void theIdColumnCanBeNamedAndIsNeverAFeature() throws Exception {
        RawTable t = sample();
        TabularEncoding e = TabularEncoding.fit(t, all(t), "Churn Flag", "tenure");
        assertThat(e.idColumn()).isEqualTo("tenure");
        assertThat(e.featureNames()).doesNotContain("tenure");
        assertThatThrownBy(() -> TabularEncoding.fit(t, all(t), "Churn Flag", "nope"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("no id column 'nope'").hasMessageContaining("'customer'");
    }

    @Test
    void scoringMatchesColumnsByNameAndSendsUnseenLevelsToOther() throws Exception {
        RawTable t = sample();
        TabularEncoding e = TabularEncoding.fit(t, all(t), "Churn Flag", null);
        e.save(dir);
        TabularEncoding back = TabularEncoding.load(dir);
        assertThat(back).isEqualTo(e);
        Files.writeString(dir.resolve("new.csv"), "charges,contract,paperless,tenure,customer\n30,daily,yes,6,X-1\n");
        RawTable fresh = RawTable.read(dir.resolve("new.csv"));
        FeatureMatrix x = back.apply(fresh, new int[] {0}).matrix();
        assertThat(x.names()).isEqualTo(e.featureNames());
        assertThat(x.get(0, x.indexOf("contract=other"))).isEqualTo(1f);
        assertThat(x.get(0, x.indexOf("paperless"))).isEqualTo(1f);
        assertThat(x.get(0, x.indexOf("charges"))).isEqualTo(30f);
        Files.writeString(dir.resolve("short.csv"), "charges,tenure\n30,6\n");
        assertThatThrownBy(() -> back.apply(RawTable.read(dir.resolve("short.csv")), new int[] {0}))
                .hasMessageContaining("'paperless'").hasMessageContaining("'contract'");
    }

    @Test
    void namesThatDifferOnlyInSpacesAndCaseAreFound() throws Exception {
        Files.writeString(dir.resolve("s.csv"), "Call  Failure,Churn\n1,0\n2,1\n");
        RawTable t = RawTable.read(dir.resolve("s.csv"));
        assertThat(t.column("call failure")).isZero();
        assertThat(t.column("churn")).isEqualTo(1);
    }

    @Test
    void duplicatesAreDroppedKeepingTheFirst() throws Exception {
        Files.writeString(dir.resolve("d.csv"), "a,b\n1,2\n1,2\n3,4\n1,2\n");
        RawTable t = RawTable.read(dir.resolve("d.csv")).withoutDuplicates();
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.lines()).containsExactly(2, 4);
    }

    @Test
    void badFilesNameTheLine() throws Exception {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"", "empty"});
        cases.add(new String[] {"a,b\n", "only a header"});
        cases.add(new String[] {"a,b\n1,2\n3\n", "line 3: 1 fields, but the header has 2"});
        cases.add(new String[] {"a,b\n1,2\n\"3,4\n5,6\n", "line 3: a quoted field is never closed"});
        cases.add(new String[] {"a,b\n1,\"2\"x\n", "line 2: text after a closing quote"});
        cases.add(new String[] {"a,a\n1,2\n", "column 'a' appears twice"});
        for (String[] c : cases) {
            Path f = dir.resolve("bad.csv");
            Files.writeString(f, c[0]);
            assertThatThrownBy(() -> RawTable.read(f)).as(c[1]).isInstanceOf(InputFileException.class)
                    .hasMessageContaining("bad.csv").hasMessageContaining(c[1]);
        }
    }
}

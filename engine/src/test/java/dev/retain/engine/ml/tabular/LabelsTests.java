package dev.retain.engine.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTests {

    @TempDir
    Path dir;

    private RawTable table(String csv) throws Exception {
        Path f = dir.resolve("l.csv");
        Files.writeString(f, csv);
        return RawTable.read(f);
    }

    @Test
    void theObviousPositiveIsTaken() throws Exception {
        assertThat(Labels.of(table("x,y\n1,Yes\n2,No\n"), "y", null).positive()).isEqualTo("Yes");
        assertThat(Labels.of(table("x,y\n1,false\n2,TRUE\n"), "y", null).positive()).isEqualTo("TRUE");
        Labels numeric = Labels.of(table("x,y\n1,0\n2,1\n3,1\n"), "y", null);
        assertThat(numeric.positive()).isEqualTo("1");
        assertThat(numeric.values()).containsExactly(0f, 1f, 1f);
    }

    @Test
    void anyOtherLabelNeedsPositive() throws Exception {
        RawTable t = table("x,status\n1,gone\n2,stayed\n3,gone\n");
        assertThatThrownBy(() -> Labels.of(t, "status", null)).hasMessageContaining("--positive").hasMessageContaining("'gone' (2)");
        assertThat(Labels.of(t, "status", "gone").values()).containsExactly(1f, 0f, 1f);
        assertThatThrownBy(() -> Labels.of(t, "status", "left")).hasMessageContaining("--positive 'left' is not a value");
    }

    @Test
    void blankLabelsAreLeftOutAndCounted() throws Exception {
        Labels l = Labels.of(table("x,y\n1,yes\n2,\n3,no\n"), "y", null);
        assertThat(l.rows()).containsExactly(0, 2);
        assertThat(l.blank()).isEqualTo(1);
    }

    @Test
    void aMissingLabelListsTheColumns() throws Exception {
        assertThatThrownBy(() -> Labels.of(table("x,y\n1,yes\n"), "churn", null))
                .hasMessageContaining("no label column 'churn'").hasMessageContaining("'x', 'y'");
    }

    @Test
    void oneClassIsRefused() throws Exception {
        assertThatThrownBy(() -> Labels.of(table("x,y\n1,no\n2,no\n"), "y", null)).hasMessageContaining("only one class ('no' on all 2");
    }
}

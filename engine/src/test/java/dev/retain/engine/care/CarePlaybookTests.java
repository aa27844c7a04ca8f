package dev.retain.engine.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.calendar.Festival;
import dev.retain.engine.value.Tier;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarePlaybookTests {

    private final CarePlaybook defaults = CarePlaybook.defaults();

    @Test
    void theMostSpecificRowWins() {
        assertThat(defaults.actionFor(MomentKind.FESTIVAL, Festival.SPRING, Tier.DIAMOND)).isEqualTo(new CareAction(CareAction.Type.BOTH, "festival", "gift"));
        assertThat(defaults.actionFor(MomentKind.FESTIVAL, Festival.QINGMING, Tier.DIAMOND)).isEqualTo(new CareAction(CareAction.Type.MESSAGE, "festival", null));
        assertThat(defaults.actionFor(MomentKind.FESTIVAL, Festival.SPRING, Tier.NONE)).isEqualTo(CareAction.NONE);
        assertThat(defaults.actionFor(MomentKind.BIRTHDAY, null, Tier.NONE)).isEqualTo(new CareAction(CareAction.Type.MESSAGE, "birthday", null));
    }

    @Test
    void giftTasksGoToDiamondAndGoldOnly() {
        for (MomentKind kind : MomentKind.values()) {
            for (Festival f : kind == MomentKind.FESTIVAL ? Festival.values() : new Festival[] {null}) {
                for (Tier t : List.of(Tier.SILVER, Tier.NONE)) {
                    assertThat(defaults.actionFor(kind, f, t).taskKind()).as("%s %s %s", kind, f, t).isNotEqualTo("gift");
                }
            }
        }
        assertThat(defaults.actionFor(MomentKind.BIRTHDAY, null, Tier.GOLD).taskKind()).isEqualTo("gift");
    }

    @Test
    void theAdminsRowsAreCheckedAtLoad() {
        assertThatThrownBy(() -> edited(rows -> rows.removeIf(r -> r.moment().equals("no-contact") && r.tier().equals("none"))))
                .hasMessage("edited: no row for no-contact and tier none (add one for the tier or for any)");
        assertThatThrownBy(() -> edited(rows -> rows.add(new PlaybookRow("birthday", "platinum", "message", "birthday", ""))))
                .hasMessageContaining("(birthday, platinum)");
        assertThatThrownBy(() -> edited(rows -> rows.add(new PlaybookRow("festival:easter", "gold", "message", "x", ""))))
                .hasMessageContaining("unknown festival 'easter'");
        assertThatThrownBy(() -> edited(rows -> rows.add(0, new PlaybookRow("birthday", "gold", "both", "birthday", ""))))
                .hasMessageContaining("both needs a task kind");
        assertThatThrownBy(() -> edited(rows -> rows.add(new PlaybookRow("birthday", "gold", "message", "birthday", ""))))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> edited(rows -> rows.add(new PlaybookRow("points-expiry", "gold", "message", "care.{festival}", ""))))
                .hasMessageContaining("{festival} only in festival rows");
        assertThatThrownBy(() -> edited(rows -> rows.add(new PlaybookRow("birthday", "silver", "call", "", ""))))
                .hasMessageContaining("action is message, task, both or none, not 'call'");
    }

    @Test
    void aPlaybookReadsFromCsv() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", CarePlaybook.HEADER)).append('\n');
        for (MomentKind k : MomentKind.values()) csv.append(k.code()).append(",any,none,,\n");
        csv.append("birthday,diamond,task,,gift\n");
        CarePlaybook p = CarePlaybook.parse(new StringReader(csv.toString()), "mine.csv");
        assertThat(p.actionFor(MomentKind.BIRTHDAY, null, Tier.DIAMOND)).isEqualTo(new CareAction(CareAction.Type.TASK, null, "gift"));
        assertThat(p.actionFor(MomentKind.BIRTHDAY, null, Tier.GOLD)).isEqualTo(CareAction.NONE);
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheirKey() {
        assertThat(CareSettings.defaults().noContactDays(Tier.DIAMOND)).isEqualTo(30);
        assertThat(CareSettings.defaults().noContactDays(Tier.GOLD)).isEqualTo(60);
        assertThat(CareSettings.defaults().noContactDays(Tier.SILVER)).isEqualTo(90);
        assertThat(CareSettings.from(Map.of(CareSettingKeys.BIRTHDAY_LEAD_DAYS, "5")).lead(MomentKind.BIRTHDAY)).isEqualTo(5);
        assertThatThrownBy(() -> CareSettings.from(Map.of(CareSettingKeys.FESTIVAL_LEAD_DAYS, "365")))
                .hasMessage("care.festival.lead-days: must be between 0 and 60");
        assertThat(CareSettingKeys.DEFAULTS.keySet()).containsExactlyInAnyOrderElementsOf(CareSettingKeys.SPECS.stream().map(s -> s.key()).toList());
    }

    private CarePlaybook edited(java.util.function.Consumer<List<PlaybookRow>> edit) {
        List<PlaybookRow> rows = new ArrayList<>(defaults.rows());
        edit.accept(rows);
        return CarePlaybook.of(rows, "edited");
    }
}

package dev.retain.app.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.customer.web.ImportMessages.Line;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An import's stored English message, said in the reader's language with the numbers masked; what has no words stays framed. */
class ImportMessagesTests {

    private final ImportMessages messages = new ImportMessages();
    private final ResourceBundleMessageSource bundle = bundle();

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource b = new ResourceBundleMessageSource();
        b.setBasenames("messages/customer");
        b.setDefaultEncoding("UTF-8");
        b.setFallbackToSystemLocale(false);
        return b;
    }

    private List<String> say(String message, Locale locale) {
        return messages.lines(message).stream()
                .map(l -> bundle.getMessage(l.key(), l.args(), locale) + (l.untranslated() == null ? "" : " [" + l.untranslated() + "]"))
                .toList();
    }

    @Test
    void tooManyRejectsAndTheFirstRejectReadInChineseWithTheNumberMasked() {
        String stored = "subscribers.csv: 3 of 10 rows rejected (30.00%), more than the allowed 1.00%; first: line 4, column msisdn: "
                + "duplicate msisdn 13912345678 (first on line 2)";
        assertThat(say(stored, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "subscribers.csv：10 行中有 3 行被拒绝（30.00%），超过允许的 1.00%，本次导入未保留任何数据。",
                "首个被拒行：第 4 行，msisdn 列：",
                "号码 139****5678 重复（首次出现在第 2 行）。");
        assertThat(say(stored, Locale.ENGLISH)).containsExactly(
                "subscribers.csv: 3 of 10 rows rejected (30.00%), more than the allowed 1.00%; nothing of the import was kept.",
                "First rejected row: line 4, column msisdn:", "Number 139****5678 repeated (first on line 2).");
    }

    @Test
    void fileMessagesHaveTheirOwnWords() {
        assertThat(say("no contract file found (expected any of plans.csv, managers.csv)", Locale.SIMPLIFIED_CHINESE))
                .containsExactly("没有找到约定的文件（应为以下任意文件：plans.csv, managers.csv）。");
        assertThat(say("usage_monthly.csv: missing required columns bill, state (header has: month, msisdn)", Locale.SIMPLIFIED_CHINESE))
                .containsExactly("usage_monthly.csv：缺少必需的列 bill, state（表头中有：month, msisdn）。");
        assertThat(say("plans.csv: the file is empty (no header row)", Locale.SIMPLIFIED_CHINESE)).containsExactly("plans.csv：文件为空（没有表头行）。");
    }

    @Test
    void whatHasNoWordsIsFramedAndKeptAsReceivedWithNumbersMasked() {
        assertThat(say("unexpected error: lost +8613912345679 on the way", Locale.SIMPLIFIED_CHINESE))
                .containsExactly("导入时发生意外错误，未保留任何数据。详情（原文）： [lost 139****5679 on the way]");
        assertThat(say("calls.csv: something new", Locale.SIMPLIFIED_CHINESE)).containsExactly("calls.csv：该文件无法导入。详情（原文）： [something new]");
        assertThat(say("a brand new failure", Locale.SIMPLIFIED_CHINESE)).containsExactly("导入失败，未保留任何数据。详情（原文）： [a brand new failure]");
        List<Line> reject = messages.lines("x.csv: 2 of 2 rows rejected (100.00%), more than the allowed 1.00%; first: line 2: "
                + "unknown brand 'foo' (expected gotone, mzone, easyown)");
        assertThat(reject).extracting(Line::key).containsExactly("import.msg.tooManyRejects", "import.msg.firstRejectAtLine", "import.reason.other");
        assertThat(reject.get(2).untranslated()).isEqualTo("unknown brand 'foo' (expected gotone, mzone, easyown)");
        assertThat(messages.lines(null)).isEmpty();
    }
}

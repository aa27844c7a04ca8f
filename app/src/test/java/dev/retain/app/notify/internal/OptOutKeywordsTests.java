package dev.retain.app.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptOutKeywordsTests {

    @Test
    void theKeywordsInAnyCaseAndWidthWithSpacesAndPunctuationAround() {
        assertThat(OptOutKeywords.keyword("TD")).contains("TD");
        assertThat(OptOutKeywords.keyword("td")).contains("TD");
        assertThat(OptOutKeywords.keyword("ＴＤ")).contains("TD");
        assertThat(OptOutKeywords.keyword("ｔｄ")).contains("TD");
        assertThat(OptOutKeywords.keyword(" 退订。")).contains("退订");
        assertThat(OptOutKeywords.keyword("\u3000退订！")).contains("退订");
        assertThat(OptOutKeywords.keyword("Stop!")).contains("STOP");
        assertThat(OptOutKeywords.keyword("t")).as("the opt-out line asks for T").contains("T");
    }

    @Test
    void onlyTheWholeMessage() {
        assertThat(OptOutKeywords.keyword("TD是什么意思")).isEmpty();
        assertThat(OptOutKeywords.keyword("STOP calling me at work")).isEmpty();
        assertThat(OptOutKeywords.keyword("TDD")).isEmpty();
        assertThat(OptOutKeywords.keyword("不要退订")).isEmpty();
        assertThat(OptOutKeywords.keyword("")).isEmpty();
        assertThat(OptOutKeywords.keyword(null)).isEmpty();
    }
}

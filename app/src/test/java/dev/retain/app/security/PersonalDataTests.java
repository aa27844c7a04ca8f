package dev.retain.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void anElevenDigitNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.maskMsisdn("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void aNumberWithCountryCodeMasksLikeTheNationalNumber() {
        assertThat(PersonalData.maskMsisdn("+8613812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskMsisdn("008613812345678")).isEqualTo("138****5678");
    }

    @Test
    void shortNumbersAreMaskedToo() {
        assertThat(PersonalData.maskMsisdn("1234")).isEqualTo("****");
        assertThat(PersonalData.maskMsisdn("1234567")).isEqualTo("****567");
        assertThat(PersonalData.maskMsisdn(null)).isNull();
    }

    @Test
    void aNameKeepsOnlyItsFirstCharacter() {
        assertThat(PersonalData.maskName("张三丰")).isEqualTo("张**");
        assertThat(PersonalData.maskName("李")).isEqualTo("李*");
        assertThat(PersonalData.maskName("Jane Smith")).isEqualTo("J*********");
    }
}

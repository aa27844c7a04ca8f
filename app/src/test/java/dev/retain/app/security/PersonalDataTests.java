package dev.retain.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.value.Msisdn;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void aNumberIsMaskedByTheEnginesOneRule() {
        assertThat(PersonalData.maskMsisdn("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskMsisdn("+8613812345678")).as("received with the country code").isEqualTo("138****5678");
        for (String s : new String[] {"008613812345678", "013800000001", "1234567", "1234", "", null}) {
            assertThat(PersonalData.maskMsisdn(s)).as(s).isEqualTo(Msisdn.mask(s));
        }
    }

    @Test
    void aNameKeepsOnlyItsFirstCharacter() {
        assertThat(PersonalData.maskName("张三丰")).isEqualTo("张**");
        assertThat(PersonalData.maskName("李")).isEqualTo("李*");
        assertThat(PersonalData.maskName("Jane Smith")).isEqualTo("J*********");
    }

    @Test
    void numbersInsideATextAreMaskedAndNothingElse() {
        assertThat(PersonalData.maskNumbersIn("line 4, column msisdn: duplicate msisdn 13812345678 (first on line 2)"))
                .isEqualTo("line 4, column msisdn: duplicate msisdn 138****5678 (first on line 2)");
        assertThat(PersonalData.maskNumbersIn("号码+8613812345678与008613900001111重复；'13700000000'"))
                .isEqualTo("号码138****5678与139****1111重复；'137****0000'");
        // ids, keys, longer digit runs and amounts stay as they are
        for (String kept : new String[] {"T2026-10-13812345678abcd", "a0c1e2f3-1b2c-4d5e-8f90-a13812345678", "138123456789",
                "23812345678", "1800000000.50 CNY", "", "no number"}) {
            assertThat(PersonalData.maskNumbersIn(kept)).as(kept).isEqualTo(kept);
        }
        assertThat(PersonalData.maskNumbersIn(null)).isNull();
    }
}

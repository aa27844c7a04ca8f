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
}

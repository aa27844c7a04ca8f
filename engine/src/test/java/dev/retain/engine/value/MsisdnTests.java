package dev.retain.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one masking rule for phone numbers (SPEC R14.3) and the national form it masks. */
class MsisdnTests {

    @Test
    void aNumberIsValidatedAndKeptAsItWasWritten() {
        assertThat(Msisdn.of("013800000001").value()).isEqualTo("013800000001");
        assertThat(Msisdn.of("+8613812345678").value()).isEqualTo("+8613812345678");
        assertThatThrownBy(() -> Msisdn.of("138-1234-5678")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anElevenDigitNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(Msisdn.mask("13812345678")).isEqualTo("138****5678");
        assertThat(Msisdn.of("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void aNumberWithTheCountryCodeMasksLikeTheNationalOne() {
        for (String written : new String[] {"+8613812345678", "008613812345678", "8613812345678"}) {
            assertThat(Msisdn.mask(written)).as(written).isEqualTo("138****5678");
        }
        assertThat(Msisdn.of("+8613812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void theCountryCodeIsDroppedOnlyBeforeAnElevenDigitMobileNumber() {
        assertThat(Msisdn.canonical("+8613812345678")).isEqualTo("13812345678");
        assertThat(Msisdn.canonical("008613812345678")).isEqualTo("13812345678");
        assertThat(Msisdn.canonical("8613812345678")).isEqualTo("13812345678");
        assertThat(Msisdn.canonical("13812345678")).isEqualTo("13812345678");
        assertThat(Msisdn.canonical("+86057112345678")).as("a landline is not a mobile number").isEqualTo("+86057112345678");
        assertThat(Msisdn.canonical("861381234567")).as("86 then ten digits").isEqualTo("861381234567");
        assertThat(Msisdn.canonical("+4413812345678")).isEqualTo("+4413812345678");
        assertThat(Msisdn.canonical("+86138123456x8")).isEqualTo("+86138123456x8");
        assertThat(Msisdn.canonical(null)).isNull();
    }

    @Test
    void longerNumbersKeepTheSameHeadAndTail() {
        assertThat(Msisdn.mask("013800000001")).isEqualTo("013*****0001");
        assertThat(Msisdn.mask("+4413812345678")).isEqualTo("+44*******5678");
    }

    @Test
    void shortOrOddTextNeverShowsMoreThanItsLastFourCharactersNorHalfOfIt() {
        assertThat(Msisdn.mask("1234567890")).isEqualTo("******7890");
        assertThat(Msisdn.mask("12345678")).isEqualTo("****5678");
        assertThat(Msisdn.mask("1234567")).isEqualTo("****567");
        assertThat(Msisdn.mask("12345")).isEqualTo("***45");
        assertThat(Msisdn.mask("1234")).isEqualTo("****");
        assertThat(Msisdn.mask("1")).isEqualTo("*");
        assertThat(Msisdn.mask("")).isEmpty();
        assertThat(Msisdn.mask(null)).isNull();
        assertThat(Msisdn.mask("+86")).isEqualTo("***");
        assertThat(Msisdn.mask("12345😀")).as("characters, not UTF-16 units").isEqualTo("***45😀");
        assertThat(Msisdn.mask("电话:😀13812345678")).isEqualTo("电话:********5678");
    }

    @Test
    void noMaskShowsMoreThanFourOfTheLastCharactersOrAnyOfTheMiddle() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        for (int i = 0; i < 2_000; i++) {
            int length = random.nextInt(25);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < length; k++) s.append((char) ('0' + random.nextInt(10)));
            String masked = Msisdn.mask(s.toString());
            String kept = masked.replace("*", "");
            assertThat(kept.length()).as(s + " → " + masked).isLessThanOrEqualTo(length >= 11 ? 7 : Math.min(4, length / 2));
            assertThat(masked.substring(Math.min(3, masked.length()), Math.max(Math.min(3, masked.length()), masked.length() - 4)))
                    .as(s + " → " + masked).matches("\\**");
        }
    }
}

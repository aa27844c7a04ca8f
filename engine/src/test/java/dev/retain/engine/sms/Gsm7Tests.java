package dev.retain.engine.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gsm7Tests {

    @Test
    void basicCharactersAreOneOctetEachAtTheirCodeUnpacked() {
        assertThat(Gsm7.encode("@£$")).containsExactly(0x00, 0x01, 0x02);
        assertThat(Gsm7.encode("Aa0 ")).containsExactly(0x41, 0x61, 0x30, 0x20);
        assertThat(Gsm7.encode("é_ü")).containsExactly(0x05, 0x11, 0x7E);
        assertThat(Gsm7.encode("\n")).containsExactly(0x0A);
    }

    @Test
    void extensionCharactersAreTheEscapeAndTheirCode() {
        assertThat(Gsm7.encode("€")).containsExactly(0x1B, 0x65);
        assertThat(Gsm7.encode("{}")).containsExactly(0x1B, 0x28, 0x1B, 0x29);
        assertThat(Gsm7.encode("[~]|\\^\f")).containsExactly(0x1B, 0x3C, 0x1B, 0x3D, 0x1B, 0x3E, 0x1B, 0x40, 0x1B, 0x2F, 0x1B, 0x14, 0x1B, 0x0A);
        assertThat(Gsm7.septets("€1")).isEqualTo(3);
    }

    @Test
    void everyCharacterOfBothTablesComesBackWhole() {
        String all = Gsm7.BASIC.replace("\u001b", "") + Gsm7.EXTENSION;
        assertThat(Gsm7.decode(Gsm7.encode(all))).isEqualTo(all);
        assertThat(Gsm7.encode(all)).hasSize(all.length() + Gsm7.EXTENSION.length());
    }

    @Test
    void aCharacterOutsideTheAlphabetIsRefusedAndCounted() {
        assertThat(Gsm7.septets("您好")).isEqualTo(-1);
        assertThat(Gsm7.septets("`")).isEqualTo(-1);
        assertThat(Gsm7.septets('\u001b')).as("the escape is not a character of its own").isEqualTo(-1);
        assertThatThrownBy(() -> Gsm7.encode("a`b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0060");
    }

    @Test
    void anUnknownExtensionCodeReadsAsASpaceAndATrailingEscapeIsDropped() {
        assertThat(Gsm7.decode(new byte[] {0x41, 0x1B, 0x01, 0x42})).isEqualTo("A B");
        assertThat(Gsm7.decode(new byte[] {0x41, 0x1B})).isEqualTo("A");
        assertThat(Gsm7.decode(new byte[] {(byte) 0xC1}, 0, 1)).as("the top bit carries nothing").isEqualTo("A");
    }
}

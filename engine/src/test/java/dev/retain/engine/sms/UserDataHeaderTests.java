package dev.retain.engine.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.sms.UserDataHeader.Concat;
import dev.retain.engine.sms.UserDataHeader.Parsed;
import org.junit.jupiter.api.Test;

class UserDataHeaderTests {

    @Test
    void aConcatenationHeaderIsSixOctetsWithAnEightBitReference() {
        assertThat(UserDataHeader.concat(0x142, 3, 2)).containsExactly(0x05, 0x00, 0x03, 0x42, 0x03, 0x02);
        byte[] ud = UserDataHeader.prepend(UserDataHeader.concat(7, 2, 1), new byte[] {0x41, 0x42});
        Parsed parsed = UserDataHeader.parse(ud);
        assertThat(parsed.concat()).contains(new Concat(7, 2, 1));
        assertThat(parsed.textOffset()).isEqualTo(6);
    }

    @Test
    void aSixteenBitReferenceIsReadToo() {
        byte[] ud = {0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01, 0x00, 0x41};
        assertThat(UserDataHeader.parse(ud)).isEqualTo(new Parsed(java.util.Optional.of(new Concat(0x1234, 2, 1)), 7));
    }

    @Test
    void otherElementsAreSkipped() {
        // a national language shift element (0x24, one octet) before the concatenation
        byte[] ud = {0x08, 0x24, 0x01, 0x0D, 0x00, 0x03, 0x09, 0x04, 0x04, 0x41};
        assertThat(UserDataHeader.parse(ud).concat()).contains(new Concat(9, 4, 4));
        assertThat(UserDataHeader.parse(new byte[] {0x03, 0x24, 0x01, 0x0D, 0x41}).concat()).isEmpty();
    }

    @Test
    void aBrokenHeaderIsRefused() {
        assertThatThrownBy(() -> UserDataHeader.parse(new byte[] {0x09, 0x00, 0x03})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserDataHeader.parse(new byte[] {0x05, 0x00, 0x03, 0x01, 0x02, 0x03}))
                .as("part 3 of 2").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserDataHeader.parse(new byte[] {0x05, 0x00, 0x05, 0x01, 0x02, 0x01}))
                .as("an element longer than the header").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserDataHeader.concat(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}

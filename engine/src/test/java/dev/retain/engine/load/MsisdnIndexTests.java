package dev.retain.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** MSISDN → position, as strings: leading zeros and +86 are part of the key. */
class MsisdnIndexTests {

    @Test
    void findsEveryKeyAfterGrowingAndRefusesDuplicates() {
        MsisdnIndex index = new MsisdnIndex();
        int n = 150_000; // several times the initial table
        for (int i = 0; i < n; i++) assertThat(index.add(key(i))).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 7) assertThat(index.find(key(i))).isEqualTo(i);
        assertThat(index.add(key(12_345))).as("a duplicate returns the first position").isEqualTo(12_345);
        assertThat(index.size()).isEqualTo(n);
        assertThat(index.find("13999999999")).isEqualTo(-1);
    }

    @Test
    void numbersThatLookAlikeAreDifferentKeys() {
        MsisdnIndex index = new MsisdnIndex();
        index.add("13800000001");
        index.add("013800000001");
        index.add("+8613800000001");
        index.add("8613800000001");
        assertThat(index.find("13800000001")).isZero();
        assertThat(index.find("013800000001")).isEqualTo(1);
        assertThat(index.find("+8613800000001")).isEqualTo(2);
        assertThat(index.find("8613800000001")).isEqualTo(3);
        assertThat(index.find("0013800000001")).isEqualTo(-1);
    }

    @Test
    void findsFromARangeOfBytes() {
        MsisdnIndex index = new MsisdnIndex();
        index.add("13800000001");
        byte[] line = "x,13800000001,y".getBytes(StandardCharsets.US_ASCII);
        assertThat(index.find(line, 2, 13)).isZero();
        assertThat(index.find(line, 2, 12)).isEqualTo(-1);
    }

    private static String key(int i) {
        return (i % 3 == 0 ? "0" : i % 3 == 1 ? "+86" : "") + String.format("138%08d", i);
    }
}

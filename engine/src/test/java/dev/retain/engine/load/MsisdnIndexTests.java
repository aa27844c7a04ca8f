package dev.retain.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MSISDN → position: the canonical number is the key (+86 and national forms are one); leading zeros are kept. */
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
    void theTwoFormsOfAMobileNumberAreOneKeyAndOtherLookAlikesAreNot() {
        MsisdnIndex index = new MsisdnIndex();
        assertThat(index.add("+8613800000001")).isEqualTo(-1);
        assertThat(index.add("013800000001")).as("a leading zero is part of the number").isEqualTo(-1);
        assertThat(index.add("13800000001")).as("the national form of the first").isZero();
        assertThat(index.add("8613800000001")).isZero();
        assertThat(index.add("008613800000001")).isZero();
        assertThat(index.size()).isEqualTo(2);
        for (String form : new String[] {"13800000001", "+8613800000001", "8613800000001", "008613800000001"}) {
            assertThat(index.find(form)).as(form).isZero();
        }
        assertThat(index.find("013800000001")).isEqualTo(1);
        assertThat(index.find("0013800000001")).isEqualTo(-1);
        assertThat(index.find("+86013800000001")).as("+86 before a non-mobile number stays").isEqualTo(-1);
    }

    private static String key(int i) {
        return (i % 3 == 0 ? "0" : i % 3 == 1 ? "+86" : "") + String.format("138%08d", i);
    }
}

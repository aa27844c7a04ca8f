package dev.retain.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @ValueSource(strings = {"12345678@qq.com", "zhang.wei@163.com", "li_na+retain@139.com", "a@b.cn", "o'brien@example.co.uk",
            "x@xn--fiqs8s.xn--fiqs8s", "first-last@mail.hz-textile.com.cn"})
    void addressesTheContractAccepts(String address) {
        assertThat(EmailAddress.problem(address)).as(address).isNull();
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zhangwei.163.com|no @",
            "a@b@c.com|more than one @",
            "@qq.com|nothing before the @",
            "zhang@|nothing after the @",
            "zhang@localhost|has no dot",
            "zhang@qq..com|misplaced dot in the domain",
            ".zhang@qq.com|misplaced dot before the @",
            "zhang..wei@qq.com|misplaced dot before the @",
            "zhang wei@qq.com|character ' ' before the @",
            "张伟@qq.com|character '张' before the @",
            "zhang@-qq.com|starts or ends with '-'",
            "zhang@qq.c0m|does not end in a top-level domain",
            "zhang@qq.c|does not end in a top-level domain",
            "zhang@q_q.com|character '_' in the domain"})
    void addressesItRefusesWithTheReason(String address, String reason) {
        assertThat(EmailAddress.problem(address)).as(address).contains(reason);
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"12345678@qq.com,1***@qq.com", "a@b.cn,a***@b.cn", "zhang.wei@163.com,z***@163.com", "not-an-address,***"})
    void maskKeepsTheFirstCharacterAndTheDomainOnly(String address, String masked) {
        assertThat(EmailAddress.mask(address)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMS", "sms", "email", "call"})
    void preferredChannelCodes(String code) {
        assertThat(PreferredChannel.parse(code).code()).isEqualTo(code.toLowerCase());
    }
}

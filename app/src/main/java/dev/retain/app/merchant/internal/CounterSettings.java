package dev.retain.app.merchant.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The counter ({@code retain.merchant.counter}): a one-time code is good for {@code code-minutes} and
 * {@code max-attempts} tries; at most {@code per-number-per-hour} codes go to one number,
 * {@code per-clerk-per-hour} are asked by one clerk (or till) and {@code per-merchant-per-hour} by all of one merchant's
 * logins and tills together in any hour (a merchant cannot multiply its allowance by making more logins); a verified customer's token lasts
 * {@code token-minutes}. {@code fen-per-point}: what a point spent on a consumption is worth, for settlement.
 */
@ConfigurationProperties("retain.merchant.counter")
public record CounterSettings(
        @DefaultValue("5") int codeMinutes,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("5") int perNumberPerHour,
        @DefaultValue("60") int perClerkPerHour,
        @DefaultValue("10") int tokenMinutes,
        @DefaultValue("1") long fenPerPoint,
        @DefaultValue("300") int perMerchantPerHour) {
}

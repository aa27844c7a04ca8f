package dev.retain.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The purpose cannot be dropped (issue 15 review): the method with the purpose is the one a policy must write, and the
 * one without a purpose asks it with none, so no implementation skips the modules' vetoes (a campaign's holdout).
 */
class ContactPolicyPurposeTests {

    private static final Instant AT = Instant.parse("2031-03-05T02:00:00Z");

    @Test
    void thePurposeReachesEveryPolicy() throws Exception {
        ContactPolicy policy = (msisdn, channel, messageClass, at, purpose) ->
                purpose == null ? ContactPolicy.Decision.allow() : ContactPolicy.Decision.suppress("vetoed:" + purpose);
        assertThat(policy.decide("13793100001", Channel.SMS, MessageClass.MARKETING, AT).allowed()).isTrue();
        assertThat(policy.decide("13793100001", Channel.SMS, MessageClass.MARKETING, AT, "campaign:7").reason()).isEqualTo("vetoed:campaign:7");
        assertThat(Modifier.isAbstract(ContactPolicy.class.getMethod("decide", String.class, Channel.class, MessageClass.class, Instant.class,
                String.class).getModifiers())).isTrue();
        assertThat(ContactPolicy.class.getMethod("decide", String.class, Channel.class, MessageClass.class, Instant.class).isDefault()).isTrue();
    }
}

package dev.retain.app.workorder.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which webhook targets pass: the allow-list by exact origin, and no internal address unless the list names it. */
class TargetCheckTests {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Map<String, String> dns = Map.of("hooks.example.com", "203.0.113.10", "rebind.example.com", "10.0.0.7",
            "meta.example.com", "169.254.169.254", "localhost", "127.0.0.1");
    private final TargetCheck check = new TargetCheck(host -> {
        String a = dns.get(host);
        if (a == null) {
            if (host.matches("[0-9.:a-f]+")) return new InetAddress[] {ip(host)};
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {ip(a)};
    });

    @Test
    void anOriginOnTheListPassesAndAnyOtherSchemeHostOrPortIsRefused() {
        Set<String> list = Set.of("https://hooks.example.com:443");
        assertThat(check.check("https://hooks.example.com/retain/wo?x=1", list)).isEqualTo("https://hooks.example.com:443");
        assertThat(check.check("https://HOOKS.example.com:443/", list)).isEqualTo("https://hooks.example.com:443");
        assertThatThrownBy(() -> check.check("http://hooks.example.com/", list)).hasMessageContaining("not on the webhook allow-list");
        assertThatThrownBy(() -> check.check("https://hooks.example.com:8443/", list)).hasMessageContaining("not on the webhook allow-list");
        assertThatThrownBy(() -> check.check("https://evil.example.com/", list)).hasMessageContaining("not on the webhook allow-list");
        assertThatThrownBy(() -> check.check("https://hooks.example.com.evil.net/", list)).hasMessageContaining("not on the webhook allow-list");
        assertThatThrownBy(() -> check.check("ftp://hooks.example.com/", list)).hasMessageContaining("http or https only");
        assertThatThrownBy(() -> check.check("https://user:pw@hooks.example.com/", list)).hasMessageContaining("no user");
    }

    @Test
    void aListedNameThatResolvesInwardIsRefused() {
        assertThatThrownBy(() -> check.check("https://rebind.example.com/", Set.of("https://rebind.example.com:443")))
                .hasMessageContaining("internal address 10.0.0.7");
        assertThatThrownBy(() -> check.check("http://meta.example.com/", Set.of("http://meta.example.com:80")))
                .hasMessageContaining("169.254.169.254");
    }

    @Test
    void anInternalAddressPassesOnlyWhenTheListNamesIt() {
        assertThat(check.check("http://127.0.0.1:8080/hook", Set.of("http://127.0.0.1:8080"))).isEqualTo("http://127.0.0.1:8080");
        assertThat(check.check("http://10.1.2.3/hook", Set.of("http://10.1.2.3:80"))).isEqualTo("http://10.1.2.3:80");
        assertThat(check.check("http://localhost:9000/", Set.of("http://localhost:9000"))).isEqualTo("http://localhost:9000");
        assertThatThrownBy(() -> check.check("http://127.0.0.1:8080/hook", Set.of("http://localhost:8080")))
                .hasMessageContaining("not on the webhook allow-list");
        assertThat(TargetCheck.isInternal(ip("192.168.1.1"))).isTrue();
        assertThat(TargetCheck.isInternal(ip("fd00::1"))).isTrue();
        assertThat(TargetCheck.isInternal(ip("100.64.0.1"))).isTrue();
        assertThat(TargetCheck.isInternal(ip("203.0.113.10"))).isFalse();
        assertThat(TargetCheck.isInternal(ip("64:ff9b::a00:1"))).as("NAT64 of 10.0.0.1").isTrue();
        assertThat(TargetCheck.isInternal(ip("2002:a00:1::1"))).as("6to4 of 10.0.0.1").isTrue();
        assertThat(TargetCheck.isInternal(ip("198.18.0.1"))).isTrue();
        assertThat(TargetCheck.isInternal(ip("240.0.0.1"))).isTrue();
        assertThat(TargetCheck.isInternal(ip("255.255.255.255"))).isTrue();
        assertThat(TargetCheck.isInternal(ip("2001:db8::1"))).isFalse();
    }
}

package dev.retain.app.workorder.internal.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a webhook may go to a URL: only http(s) to an origin (scheme, host, port) on the admin's
 * allow-list, and never to a loopback, private, link-local or otherwise internal address unless the
 * allow-list names that very address (an IP literal, or {@code localhost} for loopback): a public name
 * on the list that resolves inward when checked (a typo'd internal name, a name repointed inward) is refused.
 * The dispatcher checks right before each send and the HTTP client then resolves the name again, normally
 * from the JVM's address cache (30 s); a resolver that deliberately answers differently between the two
 * (DNS rebinding) is not excluded by this check: allow only receivers on names the operator trusts.
 */
public final class TargetCheck {

    /** How host names become addresses (the system resolver; tests pass their own). */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;

    public TargetCheck(Resolver resolver) {
        this.resolver = resolver;
    }

    public static TargetCheck system() {
        return new TargetCheck(InetAddress::getAllByName);
    }

    /** {@code scheme://host:port} in lower case with the default port written out; refuses what is not an http(s) URL with a host. */
    public static String originOf(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("url: not a URL: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new IllegalArgumentException("url: http or https only, not '" + url + "'");
        if (uri.getHost() == null || uri.getHost().isBlank()) throw new IllegalArgumentException("url: no host in '" + url + "'");
        if (uri.getRawUserInfo() != null) throw new IllegalArgumentException("url: no user or password in a webhook URL");
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** Throws {@link IllegalArgumentException} naming why {@code url} may not be called; returns its origin when it may. */
    public String check(String url, Set<String> allowedOrigins) {
        String origin = originOf(url);
        if (!allowedOrigins.contains(origin)) throw new IllegalArgumentException("url: " + origin + " is not on the webhook allow-list");
        String host = URI.create(url.trim()).getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("url: host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!isInternal(a)) continue;
            boolean named = isIpLiteral(bare) || (bare.equals("localhost") && a.isLoopbackAddress());
            if (!named) {
                throw new IllegalArgumentException("url: " + host + " resolves to the internal address " + a.getHostAddress()
                        + "; only an allow-list entry naming that address allows it");
            }
        }
        return origin;
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (a instanceof Inet6Address) {
            return (first & 0xfe) == 0xfc                                   // unique local fc00::/7
                    || first == 0x20 && second == 0x02                      // 6to4 2002::/16 (an IPv4 address inside)
                    || first == 0 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b; // NAT64 64:ff9b::/96
        }
        return first == 0
                || first == 100 && second >= 64 && second < 128             // carrier-grade NAT 100.64.0.0/10
                || first == 169 && second == 254
                || first == 198 && (second == 18 || second == 19)           // benchmarking 198.18.0.0/15
                || first >= 240;                                            // reserved 240.0.0.0/4 and broadcast
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}

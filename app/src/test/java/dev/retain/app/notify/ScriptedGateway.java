package dev.retain.app.notify;

import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A gateway a test scripts message by message: each attempt takes the next step of the message's
 * script (accept, ask to retry, refuse, throw, answer slowly) and, once the script is used up,
 * accepts. It keeps every dispatch it was handed, so a test can count how often a message went out.
 */
public class ScriptedGateway implements ChannelSender {

    private final Channel channel;
    private final Map<Long, Deque<Function<Dispatch, SendOutcome>>> scripts = new ConcurrentHashMap<>();
    private final List<Dispatch> received = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(0xA000);
    private volatile Duration everySend = Duration.ZERO;

    public ScriptedGateway(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    /** The steps of a message's next attempts, in order. */
    @SafeVarargs
    public final void script(long messageId, Function<Dispatch, SendOutcome>... steps) {
        scripts.computeIfAbsent(messageId, id -> new ArrayDeque<>()).addAll(List.of(steps));
    }

    /** Every send takes at least this long (a slow gateway). */
    public void slowEverySend(Duration by) {
        everySend = by;
    }

    public static Function<Dispatch, SendOutcome> retry(String error, Duration after) {
        return d -> new SendOutcome.Retry(error, after);
    }

    public static Function<Dispatch, SendOutcome> unreachable(String error) {
        return d -> new SendOutcome.Unreachable(error, java.time.Duration.ofSeconds(1));
    }

    public static Function<Dispatch, SendOutcome> refuse(String error) {
        return d -> new SendOutcome.Failed(error);
    }

    public static Function<Dispatch, SendOutcome> crash(String text) {
        return d -> {
            throw new IllegalStateException(text);
        };
    }

    /** Accepts with this id (a receipt test names it). */
    public static Function<Dispatch, SendOutcome> acceptAs(String gatewayId, int segments) {
        return d -> new SendOutcome.Accepted(gatewayId, segments);
    }

    @Override
    public SendOutcome send(Dispatch dispatch) {
        received.add(dispatch);
        sleep(everySend);
        Deque<Function<Dispatch, SendOutcome>> script = scripts.get(dispatch.messageId());
        Function<Dispatch, SendOutcome> step = script == null ? null : script.poll();
        if (step != null) return step.apply(dispatch);
        return new SendOutcome.Accepted(Long.toHexString(ids.incrementAndGet()).toUpperCase(), 1);
    }

    /** The attempts handed to this gateway for the message. */
    public List<Dispatch> received(long messageId) {
        return received.stream().filter(d -> d.messageId() == messageId).toList();
    }

    public List<Dispatch> received() {
        return List.copyOf(received);
    }

    private static void sleep(Duration d) {
        if (d.isZero()) return;
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.ChannelSender;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The installed senders by channel (beans implementing {@link ChannelSender}), looked up once on
 * first use. Two for one channel: the first in {@code @Order} wins and the choice is logged (the
 * tests put a scripted gateway before the real one this way).
 */
@Component
class ChannelSenders {

    private static final Logger log = LoggerFactory.getLogger(ChannelSenders.class);

    private final ObjectProvider<ChannelSender> beans;
    private volatile Map<Channel, ChannelSender> byChannel;

    ChannelSenders(ObjectProvider<ChannelSender> beans) {
        this.beans = beans;
    }

    Optional<ChannelSender> of(Channel channel) {
        Map<Channel, ChannelSender> senders = byChannel;
        if (senders == null) senders = byChannel = lookUp();
        return Optional.ofNullable(senders.get(channel));
    }

    private Map<Channel, ChannelSender> lookUp() {
        Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
        List<ChannelSender> ordered = beans.orderedStream().toList();
        for (ChannelSender sender : ordered) {
            ChannelSender first = senders.putIfAbsent(sender.channel(), sender);
            if (first != null) {
                log.warn("two senders for {}: using {}, not {}", sender.channel().code(), first.getClass().getName(), sender.getClass().getName());
            }
        }
        log.info("outbox senders: {}", senders.isEmpty() ? "none" : senders.keySet());
        return senders;
    }
}

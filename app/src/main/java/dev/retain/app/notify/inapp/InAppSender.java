package dev.retain.app.notify.inapp;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.security.Users;
import org.springframework.stereotype.Component;

/**
 * In-app notifications for staff (SPEC R13.2): "sending" stores the notification in the
 * recipient's list, where the bell in the header counts it until they read it. Stored once per
 * outbox message whatever the retries. A recipient who is no login fails for good. The subject,
 * when the message has one, is the notification's title.
 */
@Component
class InAppSender implements ChannelSender {

    private final StaffNotifications notifications;
    private final Users users;

    InAppSender(StaffNotifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public SendOutcome send(Dispatch dispatch) {
        if (dispatch.to() == null || users.find(dispatch.to()).isEmpty()) {
            return new SendOutcome.Failed("no login named '" + dispatch.to() + "'");
        }
        long id = notifications.store(dispatch.messageId(), dispatch.to(), dispatch.subject(), dispatch.body());
        return new SendOutcome.Accepted("in-app-" + id, 1);
    }
}

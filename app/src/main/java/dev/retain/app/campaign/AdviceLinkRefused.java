package dev.retain.app.campaign;

/** Sending a self-service link was refused: {@code messageKey} (a {@code campaign.link.error.*} key) says why. */
public class AdviceLinkRefused extends RuntimeException {

    private final String messageKey;

    public AdviceLinkRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

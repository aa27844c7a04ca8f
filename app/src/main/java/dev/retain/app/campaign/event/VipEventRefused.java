package dev.retain.app.campaign.event;

import dev.retain.app.core.Refusal;

/** A change to events, pools or claims that is refused; {@code code} is a message key of campaign's bundle. */
public class VipEventRefused extends Refusal {

    public VipEventRefused(String code, Object... args) {
        super(code, null, args);
    }
}

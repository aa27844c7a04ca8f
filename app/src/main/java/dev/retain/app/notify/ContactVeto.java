package dev.retain.app.notify;

import java.util.Optional;

/**
 * A module's say over one contact, consulted by the contact policy before anything else when the contact carries a
 * purpose (an outbox message's {@code reason}, a call task's purpose). It lets a module stop contacts that only it can
 * judge — a campaign's holdout customer must never receive that campaign, whatever the channel or the path that queued
 * it (issue 15) — without notify depending on that module: the module implements this interface as a bean.
 */
public interface ContactVeto {

    /**
     * The reason code to suppress the contact for good ({@code notify.reason.<code>} labels it), or empty to leave it to
     * the rest of the policy. {@code msisdn} is canonical; {@code purpose} is never null.
     */
    Optional<String> veto(String msisdn, Channel channel, String purpose);
}

package dev.retain.app.notify;

/**
 * What a message is for, which decides how much of the contact policy applies (issue 11):
 * a {@link #SERVICE} message (a one-time code, an alert, a complaint update) is never merged,
 * capped or held by quiet hours or marketing consent, only stopped by an explicit block; a
 * {@link #MARKETING} message (marketing and care) passes the whole policy.
 */
public enum MessageClass {
    SERVICE, MARKETING
}

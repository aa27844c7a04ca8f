/** The senders' side of the outbox: what a channel implements and calls back. */
package dev.retain.app.notify.channel;

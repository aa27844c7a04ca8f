package dev.retain.app.notify.web;

import dev.retain.app.notify.internal.OutboxReadModel.Detail;
import dev.retain.app.notify.internal.OutboxReadModel.HistoryEntry;
import dev.retain.app.notify.internal.OutboxReadModel.Row;
import dev.retain.app.security.PersonalData;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A message as the API shows it: the number masked, codes in lower case, times in the business
 * zone; {@code body} only for a message that is not secret (and only in one message's detail);
 * {@code history} every state it took, in a detail.
 */
record MessageAnswer(long id, String customerKey, String msisdn, String username, String channel, String messageClass, String reason,
                     String state, String stateReason, int attempts, LocalDateTime nextAttemptAt, Long mergedInto, Integer segments,
                     boolean secret, String body, LocalDateTime queuedAt, LocalDateTime updatedAt, List<State> history) {

    record State(String state, String reason, int attempt, LocalDateTime until, LocalDateTime at) {
    }

    static MessageAnswer of(Row r) {
        return new MessageAnswer(r.id(), r.customerKey(), PersonalData.maskMsisdn(r.msisdn()), r.username(), r.channel().code(),
                r.messageClass().name().toLowerCase(java.util.Locale.ROOT), r.reason(), r.state().code(),
                PersonalData.maskNumbersIn(r.stateReason()), r.attempts(), r.nextAttemptAt(), r.mergedInto(), r.segments(), r.secret(),
                null, r.queuedAt(), r.updatedAt(), null);
    }

    static MessageAnswer of(Detail d, List<HistoryEntry> history) {
        MessageAnswer a = of(d.row());
        List<State> states = history.stream()
                .map(h -> new State(h.state().code(), PersonalData.maskNumbersIn(h.reason()), h.attempt(), h.until(), h.at())).toList();
        return new MessageAnswer(a.id, a.customerKey, a.msisdn, a.username, a.channel, a.messageClass, a.reason, a.state, a.stateReason,
                a.attempts, a.nextAttemptAt, a.mergedInto, a.segments, a.secret, d.body(), a.queuedAt, a.updatedAt, states);
    }
}

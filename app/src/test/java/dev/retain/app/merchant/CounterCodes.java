package dev.retain.app.merchant;

import dev.retain.app.notify.sms.simulator.SimulatedMessage;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.engine.value.Msisdn;
import java.util.Optional;

/**
 * The one-time code a customer's handset received: the newest secret message the test's SMSC simulator took for the
 * number after {@code afterNumber}, waited for (the outbox's dispatcher sends within a few seconds).
 */
public final class CounterCodes {

    private CounterCodes() {
    }

    /** The simulator's newest message number so far (0 when none): codes sent later have higher numbers. */
    public static long mark(SmscSimulator simulator) {
        return simulator.messages().stream().mapToLong(SimulatedMessage::number).max().orElse(0);
    }

    /** The six-digit code of the first secret message to {@code msisdn} after {@code afterNumber}. */
    public static String codeSentTo(SmscSimulator simulator, String msisdn, long afterNumber) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            Optional<String> text = simulator.messages().stream()
                    .filter(m -> m.number() > afterNumber && m.secret() && msisdn.equals(Msisdn.canonical(m.to())))
                    .reduce((newer, older) -> older) // newest first: the last one is the earliest after the mark
                    .flatMap(m -> simulator.handsetText(m.number()));
            if (text.isPresent()) {
                java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\d{6}").matcher(text.get());
                if (!code.find()) throw new AssertionError("no code in the handset's text");
                return code.group();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no one-time code reached " + msisdn + " within 20 s");
    }
}

package dev.retain.app.notify.sms.smpp;

import dev.retain.app.notify.channel.SendOutcome;
import java.time.Duration;
import java.util.Map;
import org.jsmpp.SMPPConstant;

/** What an SMSC's refusal of a submit_sm means for the message: wait and try again, or fail for good. */
final class SmppStatus {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(SMPPConstant.STAT_ESME_RINVMSGLEN, "ESME_RINVMSGLEN"),
            Map.entry(SMPPConstant.STAT_ESME_RINVBNDSTS, "ESME_RINVBNDSTS"),
            Map.entry(SMPPConstant.STAT_ESME_RSYSERR, "ESME_RSYSERR"),
            Map.entry(SMPPConstant.STAT_ESME_RINVSRCADR, "ESME_RINVSRCADR"),
            Map.entry(SMPPConstant.STAT_ESME_RINVDSTADR, "ESME_RINVDSTADR"),
            Map.entry(SMPPConstant.STAT_ESME_RMSGQFUL, "ESME_RMSGQFUL"),
            Map.entry(SMPPConstant.STAT_ESME_RINVESMCLASS, "ESME_RINVESMCLASS"),
            Map.entry(SMPPConstant.STAT_ESME_RSUBMITFAIL, "ESME_RSUBMITFAIL"),
            Map.entry(SMPPConstant.STAT_ESME_RINVDSTTON, "ESME_RINVDSTTON"),
            Map.entry(SMPPConstant.STAT_ESME_RINVDSTNPI, "ESME_RINVDSTNPI"),
            Map.entry(SMPPConstant.STAT_ESME_RTHROTTLED, "ESME_RTHROTTLED"),
            Map.entry(SMPPConstant.STAT_ESME_RX_T_APPN, "ESME_RX_T_APPN"),
            Map.entry(SMPPConstant.STAT_ESME_RX_P_APPN, "ESME_RX_P_APPN"),
            Map.entry(SMPPConstant.STAT_ESME_RX_R_APPN, "ESME_RX_R_APPN"));

    private SmppStatus() {
    }

    /** The status as the gateway's error text: its name where SMPP 3.4 gives one, and its code. */
    static String describe(int status) {
        String name = NAMES.get(status);
        return (name == null ? "command_status" : name) + String.format(" (0x%08X)", status);
    }

    /**
     * A throttle, a full queue, a system error or a temporary application error passes: {@link
     * SendOutcome.Retry} (after the gateway has had a moment). A bind in the wrong state is the
     * link's problem, not the message's: also a retry. Anything else (a bad destination, a
     * refused message) will not change by sending again: {@link SendOutcome.Failed}.
     */
    static SendOutcome outcome(int status) {
        String error = "submit_sm refused: " + describe(status);
        return switch (status) {
            case SMPPConstant.STAT_ESME_RTHROTTLED -> new SendOutcome.Retry(error, Duration.ofSeconds(1));
            case SMPPConstant.STAT_ESME_RMSGQFUL -> new SendOutcome.Retry(error, Duration.ofSeconds(10));
            case SMPPConstant.STAT_ESME_RSYSERR, SMPPConstant.STAT_ESME_RX_T_APPN, SMPPConstant.STAT_ESME_RINVBNDSTS ->
                    new SendOutcome.Retry(error, Duration.ofSeconds(5));
            default -> new SendOutcome.Failed(error);
        };
    }

    /** Statuses after which the rest of a long message is worth a short wait within the same send. */
    static boolean passing(int status) {
        return status == SMPPConstant.STAT_ESME_RTHROTTLED || status == SMPPConstant.STAT_ESME_RMSGQFUL;
    }
}

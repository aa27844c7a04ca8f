package dev.retain.app.retention.internal;

import dev.retain.app.retention.internal.CustomerHistory.SegmentMonth;
import dev.retain.engine.zone.ZoneThresholds;
import java.math.BigDecimal;
import java.util.List;

/**
 * A segment's zone in words (SPEC R2.2 records the rule and the values that decided it):
 * a message key {@code retention.why.<rule>} and its arguments, e.g. "bill fell from 260.00
 * to 150.00 CNY, below A=188.00". The thresholds are those in force now; the cycle that
 * wrote the segment used the ones in force then, which only differ after an admin changed them.
 */
public record ZoneExplanation(String messageKey, List<String> args) {

    public static ZoneExplanation of(SegmentMonth s, ZoneThresholds t, BigDecimal minCommit) {
        String a = money(BigDecimal.valueOf(t.highValueBillFen(), 2));
        String m = Long.toString(t.outgoingMinutes());
        String c = money(BigDecimal.valueOf(t.minCommitFen(), 2));
        return switch (s.rule()) {
            case "white_state" -> "suspended".equals(s.stateM1()) || "precancel".equals(s.stateM1())
                    ? new ZoneExplanation("retention.why.white_state." + s.stateM1(), List.of())
                    : new ZoneExplanation("retention.why.white_state", List.of(text(s.stateM1())));
            case "yellow_bill_drop" -> new ZoneExplanation("retention.why.yellow_bill_drop",
                    List.of(money(s.billM2()), money(s.billM1()), a, text(s.mouM2()), m));
            case "red_mou_drop" -> new ZoneExplanation("retention.why.red_mou_drop",
                    List.of(text(s.mouM2()), text(s.mouM1()), m, money(s.billM1()), a));
            case "blue_commit" -> new ZoneExplanation("retention.why.blue_commit",
                    List.of(money(s.billM1()), a, text(s.mouM1()), m, money(minCommit), c));
            case "green_no_commit" -> new ZoneExplanation("retention.why.green_no_commit",
                    List.of(money(s.billM1()), a, text(s.mouM1()), m, money(minCommit), c));
            case "none_left" -> new ZoneExplanation("retention.why.none_left", List.of());
            case "none_below" -> new ZoneExplanation("retention.why.none_below",
                    List.of(money(s.billM1()), text(s.mouM1()), a, m));
            default -> new ZoneExplanation("retention.why.other", List.of(s.rule()));
        };
    }

    /** Strings, not numbers: MessageFormat would regroup and round them by locale. */
    private static String money(BigDecimal v) {
        return v == null ? "–" : v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String text(Object v) {
        return v == null ? "–" : v.toString();
    }
}

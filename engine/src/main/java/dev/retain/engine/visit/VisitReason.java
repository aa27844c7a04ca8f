package dev.retain.engine.visit;

import java.util.Locale;

/** Why a complaint customer is worth a face-to-face visit: seed 003's target groups (目标锁定). */
public enum VisitReason {
    /** A VIP card (diamond or gold): "VIP客户", "我公司重要、核心客户群". */
    VIP,
    /** The same customer complained before: "二次或多次客户". */
    REPEAT,
    /** Part of an area case or of several open complaints of one branch and problem: "集中投诉客户", "具有区域代表性的客户群". */
    CLUSTERED,
    /** Likely to escalate: must-solve, an agitated customer or a complaint open too long: "抱怨强烈并存在升级趋势客户群". */
    ESCALATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

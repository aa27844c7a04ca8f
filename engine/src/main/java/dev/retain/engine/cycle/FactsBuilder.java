package dev.retain.engine.cycle;

import dev.retain.engine.grade.ValueGrading;
import dev.retain.engine.load.CallSummary;
import dev.retain.engine.load.ComplaintDays;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.Subscribers;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.rules.Facts;
import dev.retain.engine.zone.ZoneThresholds;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Fills the rules' {@link Facts} for one subscriber from the loaded month and the zone results. */
final class FactsBuilder {

    private final Subscribers subscribers;
    private final CallSummary calls;
    private final ComplaintDays complaints;
    private final MonthContext months;
    private final SegmentColumns segments;
    private final long highValueFen;
    private final int endDay;

    FactsBuilder(Subscribers subscribers, CallSummary calls, ComplaintDays complaints, MonthContext months, SegmentColumns segments,
                 ZoneThresholds zones) {
        this.subscribers = subscribers;
        this.calls = calls;
        this.complaints = complaints;
        this.months = months;
        this.segments = segments;
        this.highValueFen = zones.highValueBillFen();
        this.endDay = months.endEpochDay();
    }

    void fill(Facts f, int i) {
        MonthUsage m1 = months.m1();
        MonthUsage m2 = months.m2();
        f.zone = segments.zone(i).zone().code();
        f.previousZone = segments.previousZone(i).zone().code();
        f.tier = segments.tier(i).code();
        f.brand = subscribers.brand(i).code();
        f.region = subscribers.region(i);
        AccountState state = m1.state(i);
        f.state = state == null ? "" : state.code();
        f.hasPrev = m2.has(i);
        f.highValue = m1.billFen(i) >= highValueFen || (f.hasPrev && m2.billFen(i) >= highValueFen);
        f.bill = m1.billFen(i) / 100.0;
        f.billPrev = f.hasPrev ? m2.billFen(i) / 100.0 : 0;
        f.billChangePct = f.hasPrev ? Facts.changePct(f.billPrev, f.bill) : 0;
        f.mou = m1.mouOut(i);
        f.mouPrev = f.hasPrev ? m2.mouOut(i) : 0;
        f.mouChangePct = f.hasPrev ? Facts.changePct(f.mouPrev, f.mou) : 0;
        f.dataMb = m1.dataMb(i);
        f.dataChangePct = f.hasPrev ? Facts.changePct(m2.dataMb(i), f.dataMb) : 0;
        f.sms = m1.sms(i);
        f.tenureMonths = tenureMonths(subscribers.joinEpochDay(i), months.month());
        int contractEnd = subscribers.contractEndEpochDay(i);
        f.hasContract = contractEnd != Subscribers.NO_DATE;
        f.monthsToContractEnd = f.hasContract
                ? ChronoUnit.MONTHS.between(months.month(), YearMonth.from(LocalDate.ofEpochDay(contractEnd))) : 9999;
        f.minCommit = subscribers.minCommitFen(i) / 100.0;
        f.points = subscribers.points(i);
        int expiry = subscribers.pointsExpiryEpochDay(i);
        f.daysToPointsExpiry = expiry == Subscribers.NO_DATE ? 9999 : expiry - endDay;
        f.inGroup = subscribers.group(i) != null;
        f.profileGaps = subscribers.profileGaps(i);
        f.competitorShare = calls.competitorShare(i);
        f.maxCompetitorPeerCalls = calls.maxCompetitorPeerCalls(i);
        // by the day received: a complaint after the cycle month never counts in it
        f.complaints1m = complaints.count(i, months.month(), 1);
        f.complaints3m = complaints.count(i, months.month(), 3);
        f.churnScore = segments.churnScore[i];
        f.valueAtRisk = segments.valueAtRiskFen[i] / 100.0;
        ValueGrading.Result v = segments.value;
        boolean graded = v != null && v.graded(i);
        f.rfmR = graded ? v.r()[i] : 0;
        f.rfmF = graded ? v.f()[i] : 0;
        f.rfmM = graded ? v.m()[i] : 0;
        f.rfm = graded ? v.cell(i) : "";
        f.valueGrade = graded ? v.grade(i).code() : "";
        f.clv = graded ? v.clvFen()[i] / 100.0 : Double.NaN;
    }

    /** Whole months from the join date to the end of the cycle month. */
    static int tenureMonths(int joinEpochDay, YearMonth month) {
        LocalDate join = LocalDate.ofEpochDay(joinEpochDay);
        long months = ChronoUnit.MONTHS.between(join, month.atEndOfMonth());
        return (int) Math.max(0, months);
    }
}

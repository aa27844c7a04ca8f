package dev.retain.engine.complaint.evaluate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluate step of 004 (SPEC R9.5) as pure functions of the complaints: figures for a set,
 * per branch and month, and before/after a date (the shape of seed 003's pilot table: handling
 * satisfaction of all, VIP and repeat complainants, before and after). A customer counts as
 * satisfied from {@code satisfiedFrom} on the 1-5 callback scale (4 by default: "satisfied" and
 * "very satisfied").
 */
public final class ComplaintEvaluation {

    public static final int DEFAULT_SATISFIED_FROM = 4;

    private final int satisfiedFrom;

    public ComplaintEvaluation(int satisfiedFrom) {
        if (satisfiedFrom < 1 || satisfiedFrom > 5) {
            throw new IllegalArgumentException("satisfiedFrom must be 1-5, was " + satisfiedFrom);
        }
        this.satisfiedFrom = satisfiedFrom;
    }

    public static ComplaintEvaluation standard() {
        return new ComplaintEvaluation(DEFAULT_SATISFIED_FROM);
    }

    public Figures figures(Collection<HandledComplaint> complaints) {
        Counter all = new Counter(), vip = new Counter(), repeatSat = new Counter();
        int onTime = 0, withLimit = 0, repeats = 0;
        for (HandledComplaint c : complaints) {
            all.add(c);
            if (c.vip()) vip.add(c);
            if (c.repeat()) {
                repeatSat.add(c);
                repeats++;
            }
            if (c.closedOnTime()) onTime++;
            if (c.closedWithLimit()) withLimit++;
        }
        return new Figures(complaints.size(), all.rate(), vip.rate(), repeatSat.rate(),
                new Rate(onTime, withLimit), new Rate(repeats, complaints.size()));
    }

    /** Complaints received before {@code pivot} against those received on it or later. */
    public Comparison compare(Collection<HandledComplaint> complaints, LocalDate pivot) {
        List<HandledComplaint> before = new ArrayList<>(), after = new ArrayList<>();
        for (HandledComplaint c : complaints) (c.receivedOn().isBefore(pivot) ? before : after).add(c);
        return new Comparison(pivot, figures(before), figures(after));
    }

    /** One row of the branch × month table. */
    public record Row(String branch, YearMonth month, Figures figures) {
    }

    /** Figures per branch and month of receipt, sorted by branch then month. */
    public List<Row> byBranchAndMonth(Collection<HandledComplaint> complaints) {
        Map<String, Map<YearMonth, List<HandledComplaint>>> groups = new TreeMap<>();
        for (HandledComplaint c : complaints) {
            groups.computeIfAbsent(c.branch(), b -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(c.receivedOn()), m -> new ArrayList<>()).add(c);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((branch, months) -> months.forEach((month, list) -> rows.add(new Row(branch, month, figures(list)))));
        return rows;
    }

    /** Surveyed (a score on file) and satisfied counts of one group. */
    private final class Counter {
        private int surveyed, satisfied;

        void add(HandledComplaint c) {
            if (c.satisfaction() == null) return;
            surveyed++;
            if (c.satisfaction() >= satisfiedFrom) satisfied++;
        }

        Rate rate() {
            return new Rate(satisfied, surveyed);
        }
    }
}

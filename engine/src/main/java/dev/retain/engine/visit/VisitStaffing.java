package dev.retain.engine.visit;

/**
 * How many people a branch needs for face-to-face complaint visits (seed 003, 成本评估): the daily
 * volume of customers to visit, at most {@code maxVisitsPerVisitor} a visitor a day, gives the
 * visitors (23 a day at up to 6 → 4), and the follow-up and second callbacks take
 * {@code followUpStaff} more (2). 003's "4–6 a day" comes from an 8 h day at 1.5 h a visit
 * (travel, waiting and the talk included); {@link #visitsPerVisitorByHours} shows that figure.
 */
public record VisitStaffing(int visitsPerDay, int maxVisitsPerVisitor, int followUpStaff, double hoursPerVisit, double workHours) {

    public VisitStaffing {
        if (visitsPerDay < 0) throw new IllegalArgumentException("visitsPerDay must be ≥ 0, was " + visitsPerDay);
        if (maxVisitsPerVisitor < 1) throw new IllegalArgumentException("maxVisitsPerVisitor must be ≥ 1, was " + maxVisitsPerVisitor);
        if (followUpStaff < 0) throw new IllegalArgumentException("followUpStaff must be ≥ 0, was " + followUpStaff);
        if (!(hoursPerVisit > 0) || !(workHours > 0)) throw new IllegalArgumentException("hoursPerVisit and workHours must be > 0");
    }

    /** 003's own inputs: 6 VIP + 17 repeat or clustered complaints a day, up to 6 visits each, 2 for follow-up, 1.5 h a visit, 8 h. */
    public static VisitStaffing pilot(int visitsPerDay) {
        return new VisitStaffing(visitsPerDay, 6, 2, 1.5, 8);
    }

    /** People out visiting: every customer of the day seen, no one above the daily maximum. */
    public int visitors() {
        return (visitsPerDay + maxVisitsPerVisitor - 1) / maxVisitsPerVisitor;
    }

    /** Visitors plus the follow-up staff: the branch's head count for the visit programme. */
    public int people() {
        return visitors() + followUpStaff;
    }

    /** Visits one person fits in a working day at the average visit length (8 / 1.5 = 5.3 in 003). */
    public double visitsPerVisitorByHours() {
        return workHours / hoursPerVisit;
    }
}

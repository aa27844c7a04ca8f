package dev.retain.engine.grade;

/**
 * Each subscriber's raw R, F and M over the last {@link #WINDOW} months (the cycle month and the five
 * before it), fed one month at a time:
 * <ul>
 *   <li>recency: months since the newest month with activity (a bill, outgoing minutes, SMS or data above 0),
 *       0 = active in the cycle month, {@link #WINDOW} = no activity in the window;</li>
 *   <li>frequency: outgoing minutes + SMS per month, averaged over the months with a usage row;</li>
 *   <li>monetary: the bill per month, averaged over the months with a usage row (a customer who joined
 *       two months ago is averaged over two months, not six).</li>
 * </ul>
 * Slots are independent: months may be fed for disjoint subscriber ranges on several threads.
 */
public final class RfmMeasures {

    /** Months of usage looked at, the cycle month included (the churn model's window too). */
    public static final int WINDOW = 6;

    private final byte[] monthsSinceActive;
    private final byte[] rowMonths;
    private final long[] activity;
    private final long[] billFen;

    public RfmMeasures(int subscribers) {
        monthsSinceActive = new byte[subscribers];
        java.util.Arrays.fill(monthsSinceActive, (byte) WINDOW);
        rowMonths = new byte[subscribers];
        activity = new long[subscribers];
        billFen = new long[subscribers];
    }

    /** One month's usage row of subscriber i, {@code monthsBack} before the cycle month (0 = the cycle month). */
    public void observe(int i, int monthsBack, long billFen, long mouOut, long sms, double dataMb) {
        if (monthsBack < 0 || monthsBack >= WINDOW) throw new IllegalArgumentException("month outside the window: " + monthsBack);
        rowMonths[i]++;
        activity[i] += Math.max(0, mouOut) + Math.max(0, sms);
        this.billFen[i] += Math.max(0, billFen);
        boolean active = billFen > 0 || mouOut > 0 || sms > 0 || dataMb > 0;
        if (active && monthsBack < monthsSinceActive[i]) monthsSinceActive[i] = (byte) monthsBack;
    }

    public int size() {
        return billFen.length;
    }

    public int recencyMonths(int i) {
        return monthsSinceActive[i];
    }

    /** Mean outgoing minutes + SMS a month over the months with a row; 0 without rows. */
    public double frequency(int i) {
        return rowMonths[i] == 0 ? 0 : (double) activity[i] / rowMonths[i];
    }

    /** Mean bill a month in fen over the months with a row, rounded; 0 without rows. */
    public long monetaryFen(int i) {
        return rowMonths[i] == 0 ? 0 : Math.round((double) billFen[i] / rowMonths[i]);
    }
}

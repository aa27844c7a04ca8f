package dev.retain.synth;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.value.PeerOperator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Call-peer summaries for about a third of the subscribers: each has a stable circle of
 * 2–6 contacts and the month's top peers (at most four) are written. Two signals are
 * planted on purpose: a family member on another operator called at least ten times a
 * month for several months (SPEC R7.5), and, while a subscriber drifts toward churn, a
 * growing share of calls to other operators, including a new number that appears.
 */
final class PeerSimulator {

    static final String HEADER = "msisdn,month,peer,peer_operator,calls,minutes";

    static final double WITH_PEERS = 0.30;
    static final double FAMILY = 0.12;
    static final int FAMILY_CALLS = 10;
    private static final int MAX_ROWS = 4;
    private static final int MAX_CONTACTS = 8;
    /** Share of outgoing minutes that go to the circle; the rest is spread over numbers too rare to list. */
    private static final double TOP_SHARE = 0.22;
    /** Calls to other networks used to cost more (on-net discounts), so close contacts are mostly on ours. */
    private static final double OFF_NET_WEIGHT = 0.6;

    private static final double[] OPERATOR_CUMULATIVE = Rngs.cumulative(0.62, 0.20, 0.15, 0.03);
    private static final byte[][] OPERATOR_CODES = new byte[PeerOperator.values().length][];

    static {
        for (PeerOperator o : PeerOperator.values()) {
            OPERATOR_CODES[o.ordinal()] = o.code().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final long seed;
    private final YearMonth firstMonth;
    private final byte[][] months;

    // Reused per subscriber: the contact circle and the month's candidate rows.
    private final byte[][] number = new byte[MAX_CONTACTS][];
    private final PeerOperator[] operator = new PeerOperator[MAX_CONTACTS];
    private final double[] weight = new double[MAX_CONTACTS];
    private final double[] callLength = new double[MAX_CONTACTS];
    private final int[] calls = new int[MAX_CONTACTS];
    private final int[] minutes = new int[MAX_CONTACTS];
    private final int[] order = new int[MAX_CONTACTS];

    PeerSimulator(long seed, YearMonth firstMonth, byte[][] months) {
        this.seed = seed;
        this.firstMonth = firstMonth;
        this.months = months;
    }

    /** Writes the subscriber's peer rows, if they are among those with peer data; returns the rows written. */
    long write(Profile p, Trajectory tr, CsvWriter csv) throws IOException {
        SplittableRandom rng = Rngs.forSubscriber(seed, p.index(), Rngs.PEERS);
        if (!Rngs.chance(rng, WITH_PEERS)) {
            return 0;
        }
        int regular = 2 + rng.nextInt(5);
        for (int c = 0; c < regular; c++) {
            operator[c] = PeerOperator.values()[Rngs.pick(rng, OPERATOR_CUMULATIVE)];
            number[c] = PhoneNumbers.random(rng, operator[c], Rngs.chance(rng, 0.01));
            weight[c] = Rngs.lognormal(rng, 1, 0.8) * (operator[c] == PeerOperator.CMCC ? 1 : OFF_NET_WEIGHT);
            callLength[c] = 1.5 + 4 * rng.nextDouble();
        }
        int n = tr.months();

        // The family signal needs a subscriber of at least 12 months' standing.
        boolean longTenure = !p.joinDate().isAfter(firstMonth.minusMonths(12).atEndOfMonth());
        int family = -1;
        int familyFrom = 0;
        int familyTo = 0;
        if (longTenure && Rngs.chance(rng, FAMILY)) {
            family = regular;
            operator[family] = rng.nextInt(20) < 11 ? PeerOperator.UNICOM : rng.nextInt(9) < 8 ? PeerOperator.TELECOM : PeerOperator.OTHER;
            number[family] = PhoneNumbers.random(rng, operator[family], false);
            callLength[family] = 2 + 6 * rng.nextDouble();
            if (n < 2 || Rngs.chance(rng, 0.4)) {
                familyTo = n;
            } else {
                familyFrom = rng.nextInt(n - 1);
                familyTo = familyFrom + 2 + rng.nextInt(n - familyFrom - 1);
            }
        }
        int competitor = family >= 0 ? family + 1 : regular;
        operator[competitor] = rng.nextBoolean() ? PeerOperator.UNICOM : PeerOperator.TELECOM;
        number[competitor] = PhoneNumbers.random(rng, operator[competitor], false);
        callLength[competitor] = 1 + 2 * rng.nextDouble();

        long rows = 0;
        for (int t = 0; t < n; t++) {
            if (!tr.active(t)) {
                continue;
            }
            double drift = tr.drift[t];
            double total = 0;
            for (int c = 0; c < regular; c++) {
                total += shifted(c, drift);
            }
            double topCalls = tr.mou[t] / 3.0 * TOP_SHARE;
            for (int c = 0; c < regular; c++) {
                calls[c] = (int) Math.round(topCalls * shifted(c, drift) / total * Rngs.noise(rng, 0.3));
            }
            if (family >= 0) {
                // At least ten calls inside the family span (often exactly ten), a handful outside it.
                calls[family] = t >= familyFrom && t < familyTo
                        ? FAMILY_CALLS + (int) (8 * Rngs.exponential(rng))
                        : 2 + rng.nextInt(7);
            }
            // The new number on a rival network: the subscriber's own second SIM, or where they are going.
            calls[competitor] = drift > 0 ? (int) Math.round(1 + 14 * drift * Rngs.noise(rng, 0.3)) : 0;
            int candidates = competitor + 1;
            for (int c = 0; c < candidates; c++) {
                minutes[c] = (int) Math.round(calls[c] * callLength[c] * Rngs.noise(rng, 0.2));
            }
            rows += writeTop(p, t, candidates, family, csv);
        }
        return rows;
    }

    /** During a drift, calls move from our own network to the others. */
    private double shifted(int c, double drift) {
        return weight[c] * (operator[c] == PeerOperator.CMCC ? 1 - 0.6 * drift : 1 + 2 * drift);
    }

    /** The family contact always makes the list; the rest compete for the remaining places by calls. */
    private int writeTop(Profile p, int t, int candidates, int family, CsvWriter csv) throws IOException {
        int k = 0;
        for (int c = 0; c < candidates; c++) {
            if (calls[c] > 0) {
                order[k++] = c;
            }
        }
        // Insertion sort on at most eight entries, the family first, then by calls descending.
        for (int i = 1; i < k; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && before(x, order[j], family)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        int written = Math.min(k, MAX_ROWS);
        for (int i = 0; i < written; i++) {
            int c = order[i];
            csv.field(p.msisdn()).field(months[t]).field(number[c]).field(OPERATOR_CODES[operator[c].ordinal()])
                    .field(calls[c]).field(minutes[c]).endRow();
        }
        return written;
    }

    private boolean before(int a, int b, int family) {
        if (a == family) {
            return true;
        }
        if (b == family) {
            return false;
        }
        return calls[a] > calls[b];
    }
}

package dev.retain.engine.load;

import dev.retain.engine.csv.FieldError;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The subscribers of a province as parallel arrays (one slot per subscriber), which keeps a
 * million subscribers in a few tens of MB and the cycle's loops cache-friendly. Filled from
 * {@link SubscriberRecord}s; a repeated MSISDN, also one written in its other form ({@code +86…}
 * and the national number), is refused as a duplicate. Each keeps the number as received:
 * the cycle's outputs show it so.
 */
public final class Subscribers implements RowSink<SubscriberRecord> {

    public static final int NO_DATE = Integer.MIN_VALUE;
    private static final Brand[] BRANDS = Brand.values();
    private static final Tier[] TIERS = Tier.values();

    private final MsisdnIndex index;
    private final Interner regions = new Interner();
    private final Interner groups = new Interner();
    private int size;
    private String[] msisdn = new String[1024];
    private int[] firstLine = new int[1024];
    private int[] region = new int[1024];
    private int[] group = new int[1024];
    private byte[] brand = new byte[1024];
    private byte[] tier = new byte[1024];
    private int[] joinDay = new int[1024];
    private long[] minCommitFen = new long[1024];
    private int[] contractEndDay = new int[1024];
    private long[] points = new long[1024];
    private int[] pointsExpiryDay = new int[1024];
    private byte[] profileGaps = new byte[1024];

    public Subscribers() {
        this(1024);
    }

    /** Sized for about {@code expected} subscribers. */
    public Subscribers(int expected) {
        index = new MsisdnIndex(expected);
        ensureCapacity(expected);
    }

    @Override
    public void accept(SubscriberRecord r, long line) throws FieldError {
        int existing = index.add(r.msisdn());
        if (existing >= 0) {
            String first = msisdn[existing].equals(r.msisdn()) ? "" : " as " + msisdn[existing];
            throw new FieldError("msisdn", "duplicate msisdn " + r.msisdn() + " (first on line " + firstLine[existing] + first + ")");
        }
        ensureCapacity(size + 1);
        int i = size++;
        msisdn[i] = r.msisdn();
        firstLine[i] = (int) line;
        region[i] = regions.id(r.region());
        group[i] = groups.id(r.groupId());
        brand[i] = (byte) r.brand().ordinal();
        tier[i] = (byte) (r.tier() == null ? -1 : r.tier().ordinal());
        joinDay[i] = (int) r.joinDate().toEpochDay();
        minCommitFen[i] = r.minCommitFen();
        contractEndDay[i] = day(r.contractEnd());
        points[i] = r.points();
        pointsExpiryDay[i] = day(r.pointsExpiry());
        profileGaps[i] = (byte) ((r.gender() == null ? 1 : 0) + (r.birthDate() == null ? 1 : 0) + (r.branch() == null ? 1 : 0));
    }

    private static int day(LocalDate d) {
        return d == null ? NO_DATE : (int) d.toEpochDay();
    }

    private void ensureCapacity(int n) {
        if (n <= msisdn.length) return;
        int cap = Math.max(n, msisdn.length + (msisdn.length >> 1));
        msisdn = Arrays.copyOf(msisdn, cap);
        firstLine = Arrays.copyOf(firstLine, cap);
        region = Arrays.copyOf(region, cap);
        group = Arrays.copyOf(group, cap);
        brand = Arrays.copyOf(brand, cap);
        tier = Arrays.copyOf(tier, cap);
        joinDay = Arrays.copyOf(joinDay, cap);
        minCommitFen = Arrays.copyOf(minCommitFen, cap);
        contractEndDay = Arrays.copyOf(contractEndDay, cap);
        points = Arrays.copyOf(points, cap);
        pointsExpiryDay = Arrays.copyOf(pointsExpiryDay, cap);
        profileGaps = Arrays.copyOf(profileGaps, cap);
    }

    public int size() {
        return size;
    }

    public MsisdnIndex index() {
        return index;
    }

    /** The number as subscribers.csv wrote it. */
    public String msisdn(int i) {
        return msisdn[i];
    }

    public String region(int i) {
        return regions.value(region[i]);
    }

    /** The enterprise group, or null. */
    public String group(int i) {
        return groups.value(group[i]);
    }

    public Brand brand(int i) {
        return BRANDS[brand[i]];
    }

    /** The imported tier, or null when the tier rules must decide. */
    public Tier importedTier(int i) {
        return tier[i] < 0 ? null : TIERS[tier[i]];
    }

    public int joinEpochDay(int i) {
        return joinDay[i];
    }

    public long minCommitFen(int i) {
        return minCommitFen[i];
    }

    /** Epoch day, or {@link #NO_DATE}. */
    public int contractEndEpochDay(int i) {
        return contractEndDay[i];
    }

    public long points(int i) {
        return points[i];
    }

    /** Epoch day, or {@link #NO_DATE}. */
    public int pointsExpiryEpochDay(int i) {
        return pointsExpiryDay[i];
    }

    /** How many of gender, birth date and branch are missing (R1.5 "complete the profile"). */
    public int profileGaps(int i) {
        return profileGaps[i];
    }
}

package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.AssessmentStore;
import dev.retain.app.merchant.internal.MerchantComplaintStore;
import dev.retain.app.merchant.internal.MerchantComplaintReadModel;
import dev.retain.app.merchant.internal.MerchantStore;
import dev.retain.app.merchant.internal.ReviewFlagStore;
import dev.retain.app.security.RetainUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment of partner merchants (SPEC R11.4): per quarter, five items scored 0-100 — service and compliance
 * entered by the operator, complaints and redemptions computed from the merchant's complaints and counter activity,
 * customer satisfaction from its complaints' callbacks where there are any (else entered) — weighted into a total and
 * graded by the admin's thresholds ({@link AssessmentScoring}). Assessments are append-only: assessing a quarter
 * again adds a version. A merchant whose quarter in force is D after a D quarter is flagged for an offline review,
 * which takes it offline ({@link Merchants#setOnline}) or keeps it online.
 */
@Service
public class MerchantAssessments {

    private static final int MAX_NOTE = 2000;

    private final Merchants merchants;
    private final MerchantStore merchantStore;
    private final AssessmentStore store;
    private final ReviewFlagStore flags;
    private final MerchantComplaintStore complaints;
    private final MerchantComplaintReadModel complaintReads;
    private final Clock clock;

    MerchantAssessments(Merchants merchants, MerchantStore merchantStore, AssessmentStore store, ReviewFlagStore flags, MerchantComplaintStore complaints,
                        MerchantComplaintReadModel complaintReads, Clock clock) {
        this.merchants = merchants;
        this.merchantStore = merchantStore;
        this.store = store;
        this.flags = flags;
        this.complaints = complaints;
        this.complaintReads = complaintReads;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AssessmentScheme scheme() {
        return store.scheme();
    }

    /** The quarter today falls in: the latest that may be assessed (so far). */
    public AssessmentPeriod currentPeriod() {
        return AssessmentPeriod.of(LocalDate.now(clock));
    }

    /**
     * New weights (percent, by item code, all five, adding up to 100) and the computed items' parameters: points off
     * per complaint, and the redemptions in a quarter that score 100. Later assessments use them; earlier ones keep theirs.
     */
    @Transactional
    public AssessmentScheme saveWeights(Map<String, Integer> weights, Integer pointsPerComplaint, Integer fullRedemptions, RetainUser by) {
        int sum = 0;
        for (String item : AssessmentScheme.ITEMS) {
            Integer w = weights.get(item);
            if (w == null || w < 0 || w > 100) throw new MerchantRefused("merchant.assessment.error.weights", String.valueOf(w));
            sum += w;
        }
        if (sum != 100) throw new MerchantRefused("merchant.assessment.error.weights", sum);
        if (pointsPerComplaint == null || pointsPerComplaint < 1 || pointsPerComplaint > 100 || fullRedemptions == null || fullRedemptions < 1
                || fullRedemptions > 1_000_000) {
            throw new MerchantRefused("merchant.assessment.error.parameters");
        }
        store.lockScheme();
        Instant now = clock.instant();
        for (String item : AssessmentScheme.ITEMS) {
            Integer parameter = switch (item) {
                case "complaints" -> pointsPerComplaint;
                case "redemptions" -> fullRedemptions;
                default -> null;
            };
            store.setItem(item, weights.get(item), parameter, now, by.username());
        }
        store.appendSchemeChange("weights", now, by.username());
        return store.scheme();
    }

    /** New minimum totals of grades A, B and C (100 ≥ A > B > C > 0; D is the rest). */
    @Transactional
    public AssessmentScheme saveThresholds(BigDecimal a, BigDecimal b, BigDecimal c, RetainUser by) {
        BigDecimal ea = AssessmentScoring.entered(a), eb = AssessmentScoring.entered(b), ec = AssessmentScoring.entered(c);
        if (ea == null || eb == null || ec == null || ea.compareTo(eb) <= 0 || eb.compareTo(ec) <= 0 || ec.signum() <= 0) {
            throw new MerchantRefused("merchant.assessment.error.thresholds");
        }
        store.lockScheme();
        Instant now = clock.instant();
        store.setThreshold("A", ea, now, by.username());
        store.setThreshold("B", eb, now, by.username());
        store.setThreshold("C", ec, now, by.username());
        store.appendSchemeChange("thresholds", now, by.username());
        return store.scheme();
    }

    /**
     * Assesses the merchant for the quarter (a past one, or the current one so far) with the scheme in force: a new
     * version when the quarter was assessed before. Flags the merchant for review when this grade and the previous
     * quarter's grade in force are both D.
     */
    @Transactional
    public MerchantAssessment record(AssessmentEntry entry, RetainUser by) {
        MerchantView merchant = merchantStore.lock(entry.merchantId()).orElseThrow(() -> new MerchantNotFound("merchant " + entry.merchantId()));
        if (merchant.deleted()) throw new MerchantRefused("merchant.error.deleted", merchant.code());
        AssessmentPeriod period = AssessmentPeriod.parse(entry.period());
        if (period.compareTo(currentPeriod()) > 0) throw new MerchantRefused("merchant.assessment.error.period", period.toString());
        BigDecimal service = enteredScore("service", entry.service());
        BigDecimal compliance = enteredScore("compliance", entry.compliance());
        String note = Merchants.trim(entry.note());
        if (note != null && note.length() > MAX_NOTE) throw new MerchantRefused("merchant.assessment.error.note");

        store.lockScheme();
        AssessmentScheme scheme = store.scheme();
        ZoneId zone = clock.getZone();
        Instant from = period.start(zone), to = period.end(zone);
        int complaintCount = complaints.countCreated(merchant.id(), from, to);
        int redemptions = store.redemptionsIn(merchant.id(), from, to);
        List<Integer> callbacks = complaintReads.callbackSatisfaction(merchant.id(), from, to);

        int perComplaint = scheme.item("complaints").parameter();
        int full = scheme.item("redemptions").parameter();
        Map<String, MerchantAssessment.Score> scores = new LinkedHashMap<>();
        put(scores, scheme, "service", service, "entered", null);
        put(scores, scheme, "complaints", AssessmentScoring.complaints(complaintCount, perComplaint), "computed",
                "complaints=" + complaintCount + ";per=" + perComplaint);
        put(scores, scheme, "redemptions", AssessmentScoring.redemptions(redemptions, full), "computed",
                "redemptions=" + redemptions + ";full=" + full);
        if (callbacks.isEmpty()) {
            if (entry.satisfaction() == null) throw new MerchantRefused("merchant.assessment.error.satisfaction-needed", period.toString());
            put(scores, scheme, "satisfaction", enteredScore("satisfaction", entry.satisfaction()), "entered", null);
        } else {
            put(scores, scheme, "satisfaction", AssessmentScoring.satisfaction(callbacks), "computed",
                    "callbacks=" + callbacks.size() + ";average=" + AssessmentScoring.average(callbacks).toPlainString());
        }
        put(scores, scheme, "compliance", compliance, "entered", null);

        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Integer> weights = new LinkedHashMap<>();
        scores.forEach((item, s) -> {
            values.put(item, s.score());
            weights.put(item, s.weight());
        });
        BigDecimal total = AssessmentScoring.total(values, weights);
        String grade = AssessmentScoring.grade(total, scheme.thresholds());
        Instant now = clock.instant();
        long id = store.insert(new AssessmentStore.NewAssessment(merchant.id(), period.toString(), total, grade, store.thresholdsJson(), note,
                now, by.username()));
        scores.values().forEach(s -> store.insertScore(id, s));
        if (grade.equals("D") && store.gradeOf(merchant.id(), period.previous().toString()).filter("D"::equals).isPresent()) {
            flags.raise(merchant.id(), period.toString(), id, now);
        }
        return store.find(id).orElseThrow();
    }

    /** Every assessment of the merchant, all versions, newest quarter first. */
    @Transactional(readOnly = true)
    public List<MerchantAssessment> history(long merchantId) {
        merchants.get(merchantId);
        return store.ofMerchant(merchantId, false);
    }

    /** The merchant's own grades, one a quarter (the version in force), for its staff's portal: always the login's merchant. */
    @Transactional(readOnly = true)
    public List<MerchantAssessment> ownGrades(RetainUser staff) {
        return store.ofMerchant(MerchantComplaints.merchantOf(staff), true);
    }

    /** Each live merchant's latest quarter in force. */
    @Transactional(readOnly = true)
    public List<MerchantAssessment> latest() {
        return store.latest();
    }

    @Transactional(readOnly = true)
    public List<ReviewFlag> openFlags() {
        return flags.open();
    }

    @Transactional(readOnly = true)
    public List<ReviewFlag> flagsOf(long merchantId) {
        return flags.ofMerchant(merchantId);
    }

    /** The offline review of a flag: takes the merchant offline (if still online) or keeps it online; either clears the flag. */
    @Transactional
    public ReviewFlag review(long flagId, boolean takeOffline, String note, RetainUser by) {
        ReviewFlag flag = flags.lock(flagId).orElseThrow(() -> new MerchantNotFound("review flag " + flagId));
        if (flag.reviewedAt() != null) throw new MerchantRefused("merchant.assessment.error.reviewed", flag.merchantCode());
        String text = Merchants.trim(note);
        if (text != null && text.length() > MAX_NOTE) throw new MerchantRefused("merchant.assessment.error.note");
        if (takeOffline) {
            MerchantView m = merchants.get(flag.merchantId());
            if (!m.deleted() && m.online()) merchants.setOnline(m.id(), m.version(), false, by);
        }
        flags.review(flagId, takeOffline ? "taken_offline" : "kept_online", text, clock.instant(), by.username());
        return flags.lock(flagId).orElseThrow();
    }

    private static void put(Map<String, MerchantAssessment.Score> scores, AssessmentScheme scheme, String item, BigDecimal score, String source,
                            String basis) {
        scores.put(item, new MerchantAssessment.Score(item, scheme.item(item).weight(), score, source, basis));
    }

    private static BigDecimal enteredScore(String item, BigDecimal value) {
        BigDecimal score = AssessmentScoring.entered(value);
        if (score == null) throw new MerchantRefused("merchant.assessment.error.score." + item);
        return score;
    }
}

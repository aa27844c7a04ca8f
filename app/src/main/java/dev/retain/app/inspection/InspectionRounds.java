package dev.retain.app.inspection;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.inspection.internal.InspectionPopulationReadModel;
import dev.retain.app.inspection.internal.InspectionSampleReadModel;
import dev.retain.app.inspection.internal.InspectionStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection rounds (SPEC R12.4): draw a branch's stratified sample, record findings, report the results. Only programme
 * customers with a manager are drawn: an inspection checks the manager's work (was the profile right, does the customer
 * know them, did they serve them).
 */
@Service
public class InspectionRounds {

    public static final int MAX_SAMPLE = 500;
    public static final int MAX_MINIMUM = 50;
    /** Seeds a person can read off the page and type again. */
    private static final long SEED_BOUND = 1_000_000_000L;
    private static final int MAX_TEXT = 500;

    private final InspectionPopulationReadModel population;
    private final InspectionSampleReadModel samples;
    private final InspectionStore store;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    InspectionRounds(InspectionPopulationReadModel population, InspectionSampleReadModel samples, InspectionStore store, Clock clock) {
        this.population = population;
        this.samples = samples;
        this.store = store;
        this.clock = clock;
    }

    public List<BranchOption> branches() {
        return population.branches();
    }

    /** Draws and stores a round; returns its id. */
    @Transactional
    public long draw(RoundDraft d, String username) {
        if (d.region() == null || d.region().isBlank() || d.branch() == null || d.branch().isBlank()) {
            throw new InspectionRefused("inspection.error.branch", "branch");
        }
        if (d.sampleSize() == null || d.sampleSize() < 1 || d.sampleSize() > MAX_SAMPLE) {
            throw new InspectionRefused("inspection.error.sample-size", "sampleSize", MAX_SAMPLE);
        }
        if (d.minPerStratum() == null || d.minPerStratum() < 0 || d.minPerStratum() > MAX_MINIMUM) {
            throw new InspectionRefused("inspection.error.minimum", "minPerStratum", MAX_MINIMUM);
        }
        if (d.seed() != null && d.seed() < 0) throw new InspectionRefused("inspection.error.seed", "seed");
        String note = d.note() == null ? "" : d.note().strip();
        if (note.length() > MAX_TEXT) throw new InspectionRefused("inspection.error.too-long", "note", MAX_TEXT);
        long seed = d.seed() != null ? d.seed() : 1 + seeds.nextLong(SEED_BOUND - 1);

        List<InspectionPopulationReadModel.Member> members = population.of(d.region(), d.branch());
        if (members.isEmpty()) throw new InspectionRefused("inspection.error.empty-branch", "branch");
        Map<String, InspectionPopulationReadModel.Member> byNumber = members.stream()
                .collect(Collectors.toMap(InspectionPopulationReadModel.Member::msisdn, Function.identity()));
        List<StratifiedSample.Unit> units = members.stream()
                .map(m -> new StratifiedSample.Unit(m.msisdn(), StratifiedSample.key(m.tier(), m.zone()))).toList();

        List<InspectionStore.Drawn> drawn = new ArrayList<>();
        for (StratifiedSample.Stratum s : StratifiedSample.draw(units, d.sampleSize(), d.minPerStratum(), seed)) {
            for (int i = 0; i < s.drawn().size(); i++) {
                var m = byNumber.get(s.drawn().get(i));
                drawn.add(new InspectionStore.Drawn(m.msisdn(), m.tier(), m.zone(), m.managerId(), s.size(), i + 1));
            }
        }
        long id = store.insertRound(d.region(), d.branch(), seed, d.sampleSize(), d.minPerStratum(), members.size(), note, username);
        store.insertSample(id, drawn);
        return id;
    }

    public List<RoundView> list() {
        return store.rounds();
    }

    public RoundView get(long id) {
        return store.round(id).orElseThrow(() -> new NotFoundException("inspection round " + id));
    }

    public List<StratumAllocation> strata(long id) {
        get(id);
        return store.strata(id);
    }

    public List<SampledCustomer> sample(long id) {
        get(id);
        return samples.sample(id);
    }

    /** The sampled customer of this key in the round, with their finding if any. */
    public SampledCustomer sampled(long id, UUID customerKey) {
        return sample(id).stream().filter(c -> c.customerKey().equals(customerKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("customer in inspection round " + id));
    }

    /** Records (or replaces) the finding about the sampled customer of this key. */
    @Transactional
    public void record(long id, UUID customerKey, FindingDraft f, String username) {
        get(id);
        String msisdn = customerKey == null ? null : samples.msisdnOf(id, customerKey).orElse(null);
        if (msisdn == null) throw new InspectionRefused("inspection.error.not-sampled", "customer");
        if (!"visit".equals(f.method()) && !"call".equals(f.method())) throw new InspectionRefused("inspection.error.method", "method");
        if (f.foundOn() == null || f.foundOn().isAfter(LocalDate.now(clock))) throw new InspectionRefused("inspection.error.found-on", "foundOn");
        if (f.profileCorrect() == null) throw new InspectionRefused("inspection.error.answer", "profileCorrect");
        if (f.knowsManager() == null) throw new InspectionRefused("inspection.error.answer", "knowsManager");
        if (f.serviceReceived() == null) throw new InspectionRefused("inspection.error.answer", "serviceReceived");
        if (!f.profileCorrect() && (f.profileIssue() == null || f.profileIssue().isBlank())) {
            throw new InspectionRefused("inspection.error.profile-issue", "profileIssue");
        }
        if (length(f.profileIssue()) > MAX_TEXT || length(f.notes()) > MAX_TEXT) throw new InspectionRefused("inspection.error.too-long", "notes", MAX_TEXT);
        store.saveFinding(id, msisdn, f, username);
    }

    /** The round's results: shares per finding, all, by manager and by stratum, and the customers with a problem. */
    public InspectionResults results(long id) {
        return resultsOf(sample(id));
    }

    /** The results of a round's sample already read (its page shows both, from one read). */
    public InspectionResults resultsOf(List<SampledCustomer> sample) {
        return InspectionTally.of(sample);
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }
}

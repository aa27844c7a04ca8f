package dev.retain.app.inspection;

import dev.retain.app.inspection.internal.InspectionPopulationReadModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's inspection round ({@code retain demo}): 30 customers of the branch with the most programme customers, a
 * fixed seed, and findings for the first eight drawn — some with a problem — so the results, the problem list and the
 * CSV have something to show. Once: a later start finds it by its note.
 */
@Service
public class InspectionDemo {

    /** What the demo prints. */
    public record DemoRound(long id, String region, String branch, long seed, int drawn, int inspected) {
    }

    static final String NOTE = "演示：季度组巡检查";
    static final long SEED = 20261201L;

    private final InspectionRounds rounds;
    private final InspectionPopulationReadModel population;
    private final Clock clock;

    InspectionDemo(InspectionRounds rounds, InspectionPopulationReadModel population, Clock clock) {
        this.rounds = rounds;
        this.population = population;
        this.clock = clock;
    }

    @Transactional
    public Optional<DemoRound> seed() {
        for (RoundView r : rounds.list()) if (r.note().equals(NOTE)) return Optional.of(view(r));
        Optional<BranchOption> branch = population.largestBranch();
        if (branch.isEmpty()) return Optional.empty();
        long id = rounds.draw(new RoundDraft(branch.get().region(), branch.get().branch(), 30, 2, SEED, NOTE), "demo");
        List<SampledCustomer> sample = rounds.sample(id);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < Math.min(8, sample.size()); i++) {
            boolean profile = i % 4 != 1;
            boolean knows = i % 3 != 2;
            boolean served = i != 5;
            rounds.record(id, sample.get(i).customerKey(), new FindingDraft(i % 2 == 0 ? "visit" : "call", today.minusDays(i),
                    profile, profile ? "" : "联系地址已变更", knows, served, served ? "客户对服务满意" : "近三个月未接到经理联系"), "demo");
        }
        return Optional.of(view(rounds.get(id)));
    }

    private static DemoRound view(RoundView r) {
        return new DemoRound(r.id(), r.region(), r.branch(), r.seed(), r.drawn(), r.inspected());
    }
}

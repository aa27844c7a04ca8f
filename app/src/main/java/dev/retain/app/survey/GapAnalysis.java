package dev.retain.app.survey;

import dev.retain.app.survey.GapReport.Callout;
import dev.retain.app.survey.GapReport.Cell;
import dev.retain.app.survey.GapReport.Group;
import dev.retain.app.survey.internal.GapReadModel;
import dev.retain.app.survey.internal.GapReadModel.Row;
import dev.retain.app.survey.internal.SurveySettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The gap analysis (SPEC R10.3; seed 000's service-quality gap model): expectation against perception per dimension,
 * over all responses of a period, by tier and by branch, and the largest shortfalls. The public entry for pages and for
 * the monthly report ({@link #of(YearMonth)}); docs/assessment.md has the definitions.
 */
@Service
public class GapAnalysis {

    /** The longest period one analysis reads: about three years of responses. */
    public static final int MAX_DAYS = 1100;
    /** How many overall dimensions the callout names. */
    static final int CALLOUTS = 3;

    private final GapReadModel readModel;
    private final SurveySettings settings;
    private final Clock clock;

    GapAnalysis(GapReadModel readModel, SurveySettings settings, Clock clock) {
        this.readModel = readModel;
        this.settings = settings;
        this.clock = clock;
    }

    /** A calendar month of the business zone. */
    public GapReport of(YearMonth month) {
        return of(month.atDay(1), month.atEndOfMonth());
    }

    /** From {@code from} to {@code to}, both included (business dates); refused when reversed or longer than {@link #MAX_DAYS}. */
    public GapReport of(LocalDate from, LocalDate to) {
        if (from == null) throw new SurveyRefused("survey.gaps.refused.from");
        if (to == null) throw new SurveyRefused("survey.gaps.refused.to");
        if (to.isBefore(from)) throw new SurveyRefused("survey.gaps.refused.order");
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) throw new SurveyRefused("survey.gaps.refused.length");
        int min = settings.gapMinSample();
        List<Row> rows = readModel.rows(from.atStartOfDay(clock.getZone()).toInstant(), to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        List<Cell> overall = new ArrayList<>();
        Map<String, GroupBuilder> tiers = new LinkedHashMap<>();
        Map<String, GroupBuilder> branches = new LinkedHashMap<>();
        long responses = 0;
        for (Row r : rows) {
            Cell cell = new Cell(Dimension.ofCode(r.dimension()), r.n(), r.expectation(), r.perception(), r.gap(), r.n() < min);
            switch (r.kind()) {
                case "all" -> {
                    overall.add(cell);
                    responses = Math.max(responses, r.n());
                }
                case "tier" -> tiers.computeIfAbsent(r.tier(), t -> new GroupBuilder("tier", t, "", "")).add(cell, r.n());
                default -> branches.computeIfAbsent(r.region() + "/" + r.branch(), k -> new GroupBuilder("branch", "", r.region(), r.branch()))
                        .add(cell, r.n());
            }
        }
        List<Group> tierGroups = tiers.values().stream().map(GroupBuilder::build)
                .sorted(Comparator.comparingInt(g -> tierOrder(g.tier()))).toList();
        List<Group> branchGroups = branches.values().stream().map(GroupBuilder::build)
                .sorted(Comparator.comparingLong(Group::responses).reversed().thenComparing(Group::region).thenComparing(Group::branch)).toList();
        return new GapReport(from, to, min, responses, overall.stream().sorted(Comparator.comparing(Cell::dimension)).toList(),
                tierGroups, branchGroups, callouts(overall, tierGroups, branchGroups));
    }

    /**
     * The largest shortfalls: the overall dimensions with a negative gap, most negative first (at most
     * {@link #CALLOUTS}), then the most negative cell of any tier or branch; small cells never.
     */
    static List<Callout> callouts(List<Cell> overall, List<Group> tiers, List<Group> branches) {
        List<Callout> out = new ArrayList<>(overall.stream().filter(GapAnalysis::shortfall)
                .sorted(Comparator.comparing(Cell::gap).thenComparing(Cell::dimension)).limit(CALLOUTS)
                .map(c -> new Callout(null, c)).toList());
        Stream.concat(tiers.stream(), branches.stream())
                .flatMap(g -> g.cells().values().stream().filter(GapAnalysis::shortfall).map(c -> new Callout(g, c)))
                .min(Comparator.comparing((Callout c) -> c.cell().gap()).thenComparing(c -> c.cell().dimension()))
                .ifPresent(out::add);
        return List.copyOf(out);
    }

    private static boolean shortfall(Cell c) {
        return !c.small() && c.gap() != null && c.gap().signum() < 0;
    }

    private static int tierOrder(String tier) {
        return switch (tier) {
            case "diamond" -> 0;
            case "gold" -> 1;
            case "silver" -> 2;
            default -> 3;
        };
    }

    private static final class GroupBuilder {
        private final String kind;
        private final String tier;
        private final String region;
        private final String branch;
        private final Map<Dimension, Cell> cells = new EnumMap<>(Dimension.class);
        private long responses;

        GroupBuilder(String kind, String tier, String region, String branch) {
            this.kind = kind;
            this.tier = tier;
            this.region = region;
            this.branch = branch;
        }

        void add(Cell cell, long answered) {
            cells.put(cell.dimension(), cell);
            responses = Math.max(responses, answered);
        }

        Group build() {
            return new Group(kind, tier, region, branch, responses, java.util.Collections.unmodifiableMap(new EnumMap<>(cells)));
        }
    }
}

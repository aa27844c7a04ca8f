package dev.retain.app.assessment.internal;

import dev.retain.app.assessment.Assessment;
import dev.retain.app.assessment.AssessmentPeriod;
import dev.retain.app.assessment.ManagerAssessment;
import dev.retain.app.assessment.ManagerScore;
import dev.retain.app.assessment.Measure;
import dev.retain.app.assessment.TeamRanking;
import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.ReportSection;
import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent;
import dev.retain.app.report.bulletin.SectionContent.Figure;
import dev.retain.app.report.bulletin.SectionContent.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The manager assessment in the monthly report and the quarterly bulletin (R12.3), through report's section SPI (report
 * must not import assessment, which already uses report): per team the best and the last few ranked managers with their
 * total and the five measures, and the period's training. Managers are staff: their names are shown; no customer is.
 */
@Component
class AssessmentReportSection implements ReportSection {

    /** How many managers from the top and from the bottom of each team's ranking the report shows. */
    static final int FEW = 3;

    private final ManagerAssessment assessment;

    AssessmentReportSection(ManagerAssessment assessment) {
        this.assessment = assessment;
    }

    @Override
    public String id() {
        return "assessment";
    }

    @Override
    public int order() {
        return 115;
    }

    @Override
    public String titleKey() {
        return "assessment.report.title";
    }

    @Override
    public SectionContent content(ReportPeriod period, ReportWords words) {
        Assessment a = assessment.of(period.isQuarter() ? AssessmentPeriod.quarter(period.year(), period.number())
                : AssessmentPeriod.month(period.lastMonth()));
        long managers = 0;
        long ranked = 0;
        long trained = 0;
        long courses = 0;
        BigDecimal hours = BigDecimal.ZERO;
        List<String> sentences = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Cell>> training = new ArrayList<>();
        for (TeamRanking team : a.teams()) {
            String teamName = team.team().isEmpty() ? words.get("assessment.team.none") : team.team();
            managers += team.managers().size();
            ranked += team.ranked();
            List<ManagerScore> withRank = team.managers().stream().filter(m -> m.rank() != null).toList();
            for (ManagerScore m : shown(withRank)) rows.add(row(teamName, m));
            if (!withRank.isEmpty()) {
                ManagerScore best = withRank.get(0);
                sentences.add(words.get("assessment.report.best", teamName, best.name(), words.decimal(best.total().doubleValue()), team.ranked()));
            }
            long teamCourses = 0;
            BigDecimal teamHours = BigDecimal.ZERO;
            long teamTrained = 0;
            for (ManagerScore m : team.managers()) {
                if (m.trainings() > 0) teamTrained++;
                teamCourses += m.trainings();
                teamHours = teamHours.add(m.trainingHours());
            }
            trained += teamTrained;
            courses += teamCourses;
            hours = hours.add(teamHours);
            if (teamCourses > 0) training.add(List.of(Cell.text(teamName), Cell.count(team.managers().size()), Cell.count(teamTrained),
                    Cell.count(teamCourses), Cell.decimal(teamHours.doubleValue())));
        }
        sentences.add(words.get("assessment.report.training", words.count(trained), words.count(courses), words.decimal(hours.doubleValue())));
        List<Figure> figures = List.of(
                new Figure(words.get("assessment.report.managers"), Cell.count(managers)),
                new Figure(words.get("assessment.report.ranked"), Cell.count(ranked)),
                new Figure(words.get("assessment.report.trained"), Cell.count(trained)),
                new Figure(words.get("assessment.report.courses"), Cell.count(courses)),
                new Figure(words.get("assessment.report.hours"), Cell.decimal(hours.doubleValue())));
        List<String> headers = new ArrayList<>(List.of(words.get("assessment.team"), words.get("assessment.report.rank"),
                words.get("assessment.report.manager"), words.get("assessment.report.total")));
        for (Measure m : Measure.ALL) headers.add(words.get("assessment.measure." + m.code()));
        List<Table> tables = List.of(
                new Table(words.get("assessment.report.ranking", FEW), headers, rows),
                new Table(words.get("assessment.report.training-table"), List.of(words.get("assessment.team"), words.get("assessment.report.managers"),
                        words.get("assessment.report.trained"), words.get("assessment.report.courses"), words.get("assessment.report.hours")), training));
        return new SectionContent(id(), words.get(titleKey()), figures, sentences, tables, List.of());
    }

    /** The first and last {@link #FEW} of a ranking (all of it when it is short). */
    static List<ManagerScore> shown(List<ManagerScore> ranking) {
        if (ranking.size() <= 2 * FEW) return ranking;
        List<ManagerScore> out = new ArrayList<>(ranking.subList(0, FEW));
        out.addAll(ranking.subList(ranking.size() - FEW, ranking.size()));
        return out;
    }

    private static List<Cell> row(String team, ManagerScore m) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(team));
        row.add(Cell.count(m.rank()));
        row.add(Cell.text(m.name()));
        row.add(Cell.decimal(m.total().doubleValue()));
        for (Measure measure : Measure.ALL) {
            BigDecimal s = m.score(measure);
            row.add(Cell.decimal(s == null ? null : s.doubleValue()));
        }
        return row;
    }
}

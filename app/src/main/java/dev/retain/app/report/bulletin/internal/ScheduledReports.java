package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Bulletins;
import dev.retain.app.report.bulletin.ReportFormat;
import dev.retain.app.report.bulletin.ReportLanguage;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.StoredReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the daily schedule generates: the monthly report of the newest month whose cycle succeeded (and, with the
 * day setting, of the month before on that day), then the bulletin of a quarter whose last month that is; every
 * language and format, each once (a stored file is not generated again).
 */
@Component
public class ScheduledReports {

    static final String BY = "schedule";
    private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

    private final Bulletins bulletins;
    private final BulletinReadModel readModel;
    private final ReportSettings settings;

    ScheduledReports(Bulletins bulletins, BulletinReadModel readModel, ReportSettings settings) {
        this.bulletins = bulletins;
        this.readModel = readModel;
        this.settings = settings;
    }

    /** The months due on {@code today}: the newest succeeded cycle month, and the month before on the day setting. */
    public Set<YearMonth> dueMonths(LocalDate today) {
        Set<YearMonth> months = new LinkedHashSet<>(readModel.succeededCycleMonths(1));
        if (settings.monthlyDay() > 0 && today.getDayOfMonth() == settings.monthlyDay()) months.add(YearMonth.from(today).minusMonths(1));
        return months;
    }

    /** Generates what is due and not yet stored; returns the files made. */
    public List<StoredReport> run(LocalDate today) {
        List<StoredReport> made = new ArrayList<>();
        for (YearMonth month : dueMonths(today)) {
            made.addAll(generateMissing(ReportPeriod.month(month)));
            if (month.getMonthValue() % 3 == 0) made.addAll(generateMissing(ReportPeriod.quarterOf(month)));
        }
        return made;
    }

    /** Every language and format of a period that is not stored yet. */
    public List<StoredReport> generateMissing(ReportPeriod period) {
        List<StoredReport> made = new ArrayList<>();
        for (ReportLanguage language : ReportLanguage.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                if (bulletins.isStored(period, language, format)) continue;
                made.add(bulletins.generate(period, language, format, BY).stored());
            }
        }
        if (!made.isEmpty()) log.info("generated the {} report {}: {} files", period.kind().code(), period, made.size());
        return made;
    }
}

package dev.retain.app.report.bulletin.web;

import dev.retain.app.report.bulletin.Bulletins;
import dev.retain.app.report.bulletin.ReportFormat;
import dev.retain.app.report.bulletin.ReportLanguage;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.StoredReport;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reports page (R12.2) for supervisors, analysts and admins: the recent cycle months and their quarters with a
 * download of each language and format (generated on demand, kept), and the generated files (by the schedule or on
 * demand) to download again. Every download is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','ADMIN')")
class BulletinController {

    /** The page offers this many recent cycle months. */
    static final int MONTHS = 12;

    private final Bulletins bulletins;
    private final ReportDownloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    BulletinController(Bulletins bulletins, ReportDownloads downloads, MessageSource messages, Clock clock) {
        this.bulletins = bulletins;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports/monthly")
    String page(Model model, Locale locale) {
        List<YearMonth> months = bulletins.recentMonths(MONTHS);
        Set<ReportPeriod> quarters = new LinkedHashSet<>();
        months.forEach(m -> quarters.add(ReportPeriod.quarterOf(m)));
        List<ReportPeriod> periods = new ArrayList<>(months.stream().map(ReportPeriod::month).toList());
        model.addAttribute("months", periods);
        model.addAttribute("quarters", List.copyOf(quarters));
        model.addAttribute("languages", ReportLanguage.values());
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("files", bulletins.stored());
        model.addAttribute("listed", Bulletins.LISTED);
        // the sections' own titles, so a section another module adds is listed too
        List<String> titles = bulletins.sections().stream().map(s -> messages.getMessage(s.titleKey(), null, locale)).toList();
        model.addAttribute("sections", titles.size());
        model.addAttribute("sectionTitles", String.join(messages.getMessage("report.bulletin.page.intro.separator", null, locale), titles));
        model.addAttribute("zone", clock.getZone());
        return "report/bulletins";
    }

    /** Generates the file now (kept, replacing an earlier one) and downloads it. */
    @GetMapping("/reports/monthly/download")
    ResponseEntity<byte[]> download(@RequestParam String kind, @RequestParam String period,
                                    @RequestParam(defaultValue = "pdf") String format, @RequestParam(defaultValue = "zh-CN") String lang) {
        ReportRequest request;
        try {
            request = ReportRequest.of(kind, period, format, lang);
        } catch (ReportRequest.BadParameter e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return downloads.generated(request);
    }

    @GetMapping("/reports/monthly/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        StoredReport file = bulletins.storedFile(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such report file"));
        return downloads.stored(file);
    }
}

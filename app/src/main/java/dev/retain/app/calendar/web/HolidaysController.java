package dev.retain.app.calendar.web;

import dev.retain.app.calendar.PublicHolidayDay;
import dev.retain.app.calendar.WorkingDays;
import dev.retain.app.calendar.internal.HolidayAdministration;
import dev.retain.app.calendar.internal.HolidayChange;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.calendar.CalendarTableException;
import dev.retain.engine.calendar.PublicHolidays;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's public holidays and make-up working days (/admin/holidays): the years on file, one
 * year's days, a year added or replaced by the form (the CSV's columns typed in) or by uploading a
 * CSV in the engine's format. A refused input changes nothing and names the file, line and field.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HolidaysController {

    /** The years a form or the page accepts: the span of the CLI's calendar. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private final WorkingDays workingDays;
    private final HolidayAdministration administration;
    private final CurrentUser currentUser;
    private final Clock clock;

    HolidaysController(WorkingDays workingDays, HolidayAdministration administration, CurrentUser currentUser, Clock clock) {
        this.workingDays = workingDays;
        this.administration = administration;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/admin/holidays")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        var years = workingDays.years();
        int shown = year != null ? checked(year)
                : years.stream().anyMatch(y -> y.year() == thisYear) || years.isEmpty() ? thisYear : years.get(years.size() - 1).year();
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("days", workingDays.holidaysOf(shown));
        // the year the admin adds next: the first one after this year that is not on file
        int next = thisYear;
        while (workingDays.hasYear(next)) next++;
        model.addAttribute("nextYear", next);
        model.addAttribute("nextYearMissing", next <= thisYear + 1);
        model.addAttribute("at", at());
        return "calendar/holidays";
    }

    @GetMapping("/admin/holidays/edit")
    String edit(@RequestParam int year, Model model) {
        return editor(checked(year), csvOf(workingDays.holidaysOf(checked(year)), year), null, model);
    }

    @PostMapping("/admin/holidays/edit")
    String save(@RequestParam int year, @RequestParam(defaultValue = "") String rows, Model model, RedirectAttributes redirect) {
        checked(year);
        try {
            redirect.addFlashAttribute("changes", administration.saveYear(year, rows, currentUser.get()));
        } catch (CalendarTableException e) {
            return editor(year, rows, e, model);
        }
        return "redirect:/admin/holidays?year=" + year;
    }

    @PostMapping("/admin/holidays/import")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        List<HolidayChange> changes;
        try {
            changes = administration.importCsv(file.getBytes(), file.getOriginalFilename(), currentUser.get());
        } catch (CalendarTableException e) {
            model.addAttribute("refused", e);
            return list(null, model);
        }
        redirect.addFlashAttribute("changes", changes);
        return "redirect:/admin/holidays?year=" + changes.get(0).year();
    }

    private String editor(int year, String rows, CalendarTableException refused, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("refused", refused);
        model.addAttribute("onFile", workingDays.hasYear(year));
        return "calendar/holiday-editor";
    }

    /** A year's days in the engine's CSV format (header first), as the form and the upload take them. */
    static String csvOf(List<PublicHolidayDay> days, int year) {
        StringBuilder csv = new StringBuilder(String.join(",", PublicHolidays.HEADER)).append('\n');
        for (PublicHolidayDay d : days) {
            csv.append(year).append(',').append(d.date()).append(',').append(d.workday() ? "work" : "off").append(',').append(d.holiday()).append('\n');
        }
        return csv.toString();
    }

    private static int checked(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range");
        return year;
    }

    /** Times on the pages: in the business zone, to the minute. */
    private Function<Instant, String> at() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return i -> LocalDateTime.ofInstant(i, clock.getZone()).format(f);
    }
}

package dev.retain.app.merchant.web;

import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.MerchantStatistics;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /admin/merchants/statistics: the alliance's counter activity per merchant and club over a range of months. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MerchantStatisticsPage {

    private final MerchantStatistics statistics;
    private final MerchantPageModel page;

    MerchantStatisticsPage(MerchantStatistics statistics, MerchantPageModel page) {
        this.statistics = statistics;
        this.page = page;
    }

    @GetMapping("/admin/merchants/statistics")
    String statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        YearMonth thisMonth = statistics.thisMonth();
        YearMonth first = month(from, thisMonth);
        YearMonth last = month(to, first.isAfter(thisMonth) ? first : thisMonth);
        try {
            model.addAttribute("report", statistics.between(first, last));
        } catch (MerchantRefused refused) {
            model.addAttribute("refused", page.text(refused));
            model.addAttribute("report", statistics.between(first, first));
            last = first;
        }
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        return "merchant/admin-statistics";
    }

    /** A month typed as YYYY-MM; anything else falls back (the form shows what was used). */
    private static YearMonth month(String text, YearMonth fallback) {
        if (text == null || text.isBlank()) return fallback;
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}

package dev.retain.app.merchant.web;

import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.SettlementDetail;
import dev.retain.app.merchant.internal.SettlementStatements;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the settlement pages share ({@code @settlementWeb} in their templates): times in the business zone, a
 * refusal in the reader's language (a category named in it translated too), and the statement downloads.
 */
@Component("settlementWeb")
class SettlementWeb {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final SettlementStatements statements;
    private final Clock clock;

    SettlementWeb(MessageSource messages, SettlementStatements statements, Clock clock) {
        this.messages = messages;
        this.statements = statements;
        this.clock = clock;
    }

    public String shown(Instant at) {
        return at == null ? "—" : SHOWN.format(at.atZone(clock.getZone()));
    }

    String refusal(MerchantRefused e) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = e.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s) {
                String category = messages.getMessage("merchant.settlement.category." + s, null, null, locale);
                if (category != null) args[i] = category;
                else if (s.equals("applied") || s.equals("approved") || s.equals("returned")) {
                    args[i] = messages.getMessage("merchant.settlement.state." + s, null, s, locale);
                }
            }
        }
        return messages.getMessage(e.code(), args, e.code(), locale);
    }

    ResponseEntity<byte[]> xlsx(SettlementDetail detail) {
        return download(statements.xlsx(detail, LocaleContextHolder.getLocale()), XLSX,
                SettlementStatements.fileName(detail.settlement()) + ".xlsx");
    }

    ResponseEntity<byte[]> pdf(SettlementDetail detail) {
        return download(statements.pdf(detail, LocaleContextHolder.getLocale()), MediaType.APPLICATION_PDF,
                SettlementStatements.fileName(detail.settlement()) + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}

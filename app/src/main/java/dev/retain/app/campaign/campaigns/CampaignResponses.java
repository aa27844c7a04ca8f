package dev.retain.app.campaign.campaigns;

import dev.retain.app.notify.Channel;
import dev.retain.engine.value.Msisdn;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import dev.retain.app.core.web.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses and conversions (SPEC R7.2). A <b>response</b>: a treated member texted back while the campaign ran (or up
 * to {@link #REPLY_GRACE_DAYS} days after its end), or a call task of the campaign ended with the customer reached
 * (read from retention's contacts, not copied). A <b>conversion</b>: the customer took the offer — a call ending in
 * {@code accepted_offer}, or a line of an import (a CSV upload, the API) from BOSS, which knows what was activated.
 * Each source is recorded once (its reference); a holdout member's conversion is recorded too: it is the baseline the
 * uplift is measured against.
 */
@Service
public class CampaignResponses {

    /** How long after a campaign's end a reply still counts as a response to it. */
    static final int REPLY_GRACE_DAYS = 7;
    static final int MAX_IMPORT_LINES = 200_000;
    /** A line longer than this is refused without being kept whole in memory (a number and a reference need far less). */
    static final int MAX_LINE = 200;

    /** An import's outcome: lines read, conversions recorded, lines already recorded, and the refused lines with why. */
    public record ImportResult(int lines, int recorded, int repeated, List<Refusal> refused) {
    }

    /**
     * A refused line of an import: its number in the file (the header is line 1, blank lines count), the field
     * ({@code msisdn}, {@code reference}; null: the line as a whole) and why (a message key).
     */
    public record Refusal(int line, String field, String code) {
    }

    private final CampaignStore store;
    private final Clock clock;

    CampaignResponses(CampaignStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A customer's text: a response to the newest campaign that texted them (treated, SMS) and still takes replies. */
    @Transactional
    public boolean replied(String msisdn, Instant at, String messageRef) {
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        List<Long> ids = store.treatedIn(msisdn, Channel.SMS, day, REPLY_GRACE_DAYS);
        return !ids.isEmpty() && store.insertResponse(ids.get(0), msisdn, "response", "sms_reply", messageRef, at, "customer");
    }

    /** One conversion from another system; false when its reference was recorded before for the same number. */
    @Transactional
    public boolean conversion(long campaignId, String number, String reference, String source, String by) {
        if (!store.exists(campaignId)) throw new NotFoundException("no campaign " + campaignId);
        Conversion c = checked(campaignId, number, reference, source);
        return store.insertResponse(campaignId, c.msisdn(), "conversion", source, c.reference(), clock.instant(), by);
    }

    /**
     * A conversions CSV: a header {@code msisdn,reference}, then one line per conversion. All or nothing: when any line
     * is refused (malformed, too long, not a member, a reference already given for another number) nothing is
     * recorded and every refusal comes back with its line in the file (the header is line 1, blank lines count) and
     * its field; numbers are never echoed.
     */
    @Transactional
    public ImportResult importCsv(long campaignId, Reader csv, String by) throws IOException {
        if (!store.exists(campaignId)) throw new NotFoundException("no campaign " + campaignId);
        CsvLines in = new CsvLines(csv, MAX_LINE);
        String header = in.next();
        if (header == null || in.tooLong() || !header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(" ", "")
                .equals("msisdn,reference")) {
            throw new CampaignRefused("campaigns.error.csv-header", "file");
        }
        int lines = 0, repeated = 0;
        List<Refusal> refused = new ArrayList<>();
        List<Conversion> toRecord = new ArrayList<>();
        Map<String, String> numberOfReference = new HashMap<>(); // this file's references: one number each
        for (String line = in.next(); line != null; line = in.next()) {
            int at = in.lineNumber();
            if (!in.tooLong() && line.isBlank()) continue;
            if (++lines > MAX_IMPORT_LINES) throw new CampaignRefused("campaigns.error.csv-long", "file", MAX_IMPORT_LINES);
            if (in.tooLong()) {
                refused.add(new Refusal(at, null, "campaigns.error.csv-line-long"));
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                refused.add(new Refusal(at, null, "campaigns.error.csv-columns"));
                continue;
            }
            try {
                Conversion c = checked(campaignId, cells[0], cells[1], "import");
                String before = numberOfReference.putIfAbsent(c.reference(), c.msisdn());
                if (before != null && !before.equals(c.msisdn())) throw new CampaignRefused("campaigns.error.reference-other", "reference");
                if (before != null || c.recorded()) repeated++;
                else toRecord.add(c);
            } catch (CampaignRefused e) {
                refused.add(new Refusal(at, e.field(), e.code()));
            }
        }
        if (!refused.isEmpty()) return new ImportResult(lines, 0, repeated, refused);
        int recorded = 0;
        Instant now = clock.instant();
        for (Conversion c : toRecord) if (store.insertResponse(campaignId, c.msisdn(), "conversion", "import", c.reference(), now, by)) recorded++;
        return new ImportResult(lines, recorded, repeated, refused);
    }

    /** A conversion's number (canonical) and reference, and whether that reference was recorded before for this number. */
    private record Conversion(String msisdn, String reference, boolean recorded) {
    }

    /** Checks one conversion against the campaign (which exists); a refusal names its field. */
    private Conversion checked(long campaignId, String number, String reference, String source) {
        if (number == null || !Msisdn.isValid(number.strip())) throw new CampaignRefused("campaigns.error.msisdn", "msisdn");
        if (reference == null || reference.isBlank() || reference.strip().length() > 100) {
            throw new CampaignRefused("campaigns.error.reference", "reference");
        }
        String msisdn = Msisdn.canonical(number.strip());
        if (store.groupOf(campaignId, msisdn).isEmpty()) throw new CampaignRefused("campaigns.error.not-member", "msisdn");
        Optional<String> owner = store.conversionOwner(campaignId, source, reference.strip());
        if (owner.isPresent() && !owner.get().equals(msisdn)) throw new CampaignRefused("campaigns.error.reference-other", "reference");
        return new Conversion(msisdn, reference.strip(), owner.isPresent());
    }
}

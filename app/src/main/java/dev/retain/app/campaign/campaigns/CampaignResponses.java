package dev.retain.app.campaign.campaigns;

import dev.retain.app.notify.Channel;
import dev.retain.engine.value.Msisdn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** An import's outcome: lines read, conversions recorded, lines already recorded, and the refused lines with why. */
    public record ImportResult(int lines, int recorded, int repeated, List<Refusal> refused) {
    }

    /** A refused line of an import: its number in the file (the header is line 1) and why (a message key). */
    public record Refusal(int line, String code) {
    }

    private final CampaignStore store;
    private final Campaigns campaigns;
    private final Clock clock;

    CampaignResponses(CampaignStore store, Campaigns campaigns, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** A customer's text: a response to the newest campaign that texted them (treated, SMS) and still takes replies. */
    @Transactional
    public boolean replied(String msisdn, Instant at, String messageRef) {
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        List<Long> ids = store.treatedIn(msisdn, Channel.SMS, day, REPLY_GRACE_DAYS);
        return !ids.isEmpty() && store.insertResponse(ids.get(0), msisdn, "response", "sms_reply", messageRef, at, "customer");
    }

    /** One conversion from another system; false when its reference was recorded before. */
    @Transactional
    public boolean conversion(long campaignId, String number, String reference, String source, String by) {
        campaigns.get(campaignId);
        if (number == null || !Msisdn.isValid(number.strip())) throw new CampaignRefused("campaigns.error.msisdn", "msisdn");
        if (reference == null || reference.isBlank() || reference.strip().length() > 100) {
            throw new CampaignRefused("campaigns.error.reference", "reference");
        }
        String msisdn = Msisdn.canonical(number.strip());
        if (store.groupOf(campaignId, msisdn).isEmpty()) throw new CampaignRefused("campaigns.error.not-member", "msisdn");
        return store.insertResponse(campaignId, msisdn, "conversion", source, reference.strip(), clock.instant(), by);
    }

    /**
     * A conversions CSV: a header {@code msisdn,reference}, then one line per conversion. A line that is not a member,
     * malformed or over the limit is refused with its line number (numbers masked); the others are recorded.
     */
    @Transactional
    public ImportResult importCsv(long campaignId, Reader csv, String by) throws IOException {
        campaigns.get(campaignId);
        BufferedReader in = new BufferedReader(csv);
        String header = in.readLine();
        if (header == null || !header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(" ", "").equals("msisdn,reference")) {
            throw new CampaignRefused("campaigns.error.csv-header", "file");
        }
        int lines = 0, recorded = 0, repeated = 0;
        List<Refusal> refused = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) continue;
            if (++lines > MAX_IMPORT_LINES) throw new CampaignRefused("campaigns.error.csv-long", "file", MAX_IMPORT_LINES);
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                refused.add(new Refusal(lines + 1, "campaigns.error.csv-columns"));
                continue;
            }
            try {
                if (conversion(campaignId, cells[0].strip(), cells[1].strip(), "import", by)) recorded++;
                else repeated++;
            } catch (CampaignRefused e) {
                refused.add(new Refusal(lines + 1, e.code()));
            }
        }
        return new ImportResult(lines, recorded, repeated, refused);
    }
}

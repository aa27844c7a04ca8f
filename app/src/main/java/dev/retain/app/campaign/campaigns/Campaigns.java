package dev.retain.app.campaign.campaigns;

import dev.retain.app.campaign.campaigns.CampaignTargets.Target;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.Channel;
import dev.retain.engine.rules.FactCondition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (SPEC R7.2): set up, run, members.
 *
 * <p><b>A run</b> (only between the start and end dates, business time zone) evaluates the target rule on the newest
 * month's rule facts and goes through the matched customers by value at risk, highest first. A customer already a
 * member is skipped: a member never changes group and is never contacted twice. A new one is drawn
 * ({@link HoldoutDraw}): holdout members are recorded and never contacted; a treated member reserves the offers' cost
 * against the budget, is recorded and contacted (a message through the outbox, or a call task after the contact
 * policy). <b>Budget</b>: when the next treated customer's cost no longer fits, the run stops admitting anyone, holdout
 * included, so both groups come from the same customers (the highest values at risk) and stay comparable.
 */
@Service
public class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);
    private static final Set<Channel> CHANNELS = Set.of(Channel.SMS, Channel.EMAIL, Channel.CALL);
    private static final BigDecimal MAX_HOLDOUT = new BigDecimal("0.5");

    private final CampaignStore store;
    private final CampaignTargets targets;
    private final CampaignOfferCosts offers;
    private final CampaignContacts contacts;
    private final CampaignCustomerReadModel customers;
    private final Clock clock;

    Campaigns(CampaignStore store, CampaignTargets targets, CampaignOfferCosts offers, CampaignContacts contacts,
              CampaignCustomerReadModel customers, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.offers = offers;
        this.contacts = contacts;
        this.customers = customers;
        this.clock = clock;
    }

    /** Sets up a campaign after checking every field (a refusal names its field); returns its id. */
    @Transactional
    public long create(CampaignDraft d, String by) {
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) throw new CampaignRefused("campaigns.error.name", "name");
        CampaignTargets.compiled(d.targetRule());
        Channel channel = channel(d.channel());
        boolean template = d.templateCode() != null && !d.templateCode().isBlank();
        boolean text = d.text() != null && !d.text().isBlank();
        if (channel != Channel.CALL) {
            if (template == text) throw new CampaignRefused("campaigns.error.message", "text");
            if (template) checkTemplate(d.templateCode().strip(), channel, "templateCode");
            if (text && d.text().strip().length() > 500) throw new CampaignRefused("campaigns.error.text-long", "text");
        }
        BigDecimal share = d.holdoutShare();
        if (share == null || share.signum() <= 0 || share.compareTo(MAX_HOLDOUT) > 0 || share.scale() > 4) {
            throw new CampaignRefused("campaigns.error.holdout", "holdoutShare");
        }
        if (d.budget() == null || d.budget().signum() < 0 || d.budget().scale() > 2 || d.budget().compareTo(new BigDecimal("1E12")) >= 0) {
            throw new CampaignRefused("campaigns.error.budget", "budget");
        }
        if (d.startsOn() == null) throw new CampaignRefused("campaigns.error.start", "start");
        if (d.endsOn() == null || d.endsOn().isBefore(d.startsOn())) throw new CampaignRefused("campaigns.error.end", "end");
        BigDecimal cost = offers.costPerMember(d.offerIds(), d.startsOn(), d.endsOn());
        CampaignDraft kept = channel == Channel.CALL ? new CampaignDraft(d.name(), d.targetRule(), d.offerIds(), d.channel(), null, null,
                share, d.budget(), d.startsOn(), d.endsOn(), d.autoRun()) : d;
        long id = store.insert(kept, channel, cost, clock.instant(), by);
        log.info("{} set up campaign {} ({}, {} holdout, budget {})", by, id, channel.code(), share, d.budget());
        return id;
    }

    public CampaignView get(long id) {
        return store.campaign(id).orElseThrow(() -> new NotFoundException("no campaign " + id));
    }

    public List<CampaignView> list() {
        return store.campaigns();
    }

    /** Runs the campaign now: see the class comment. Refused before its start and after its end, and without rule facts. */
    @Transactional
    public CampaignRunResult run(long id, String by) {
        // one run of a campaign at a time: the second sees the first's members
        store.lock(id).orElseThrow(() -> new NotFoundException("no campaign " + id));
        CampaignView c = get(id);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(c.startsOn())) throw new CampaignRefused("campaigns.error.not-started", null, c.startsOn());
        if (today.isAfter(c.endsOn())) throw new CampaignRefused("campaigns.error.ended", null, c.endsOn());
        offers.checkUsable(c.offerIds(), today);
        YearMonth month = targets.newestMonth().orElseThrow(() -> new CampaignRefused("campaigns.error.no-facts", null));
        // the probe: a template edited since the set-up that no longer renders refuses the run before anyone is recorded
        if (c.templateCode() != null) checkTemplate(c.templateCode(), c.channel(), null);
        FactCondition rule = CampaignTargets.compiled(c.targetRule());
        List<Target> matched = targets.matching(rule, month);
        Set<String> members = store.memberNumbers(id);
        Set<String> retry = store.notRendered(id); // treated members whose message did not render: their budget is reserved
        Instant now = clock.instant();
        long runId = store.insertRun(id, month, now, by);
        double share = c.holdoutShare().doubleValue();
        BigDecimal reserved = c.reserved();
        String offerNames = offers.names(c.offerIds(), Locale.SIMPLIFIED_CHINESE);
        int added = 0, treated = 0, overBudget = 0, messages = 0, tasks = 0;
        // the budget cannot take one more treated member: nobody is admitted, holdout included (else a re-run would add
        // holdout members only, and the groups would no longer come from the same customers)
        boolean spent = reserved.add(c.costPerMember()).compareTo(c.budget()) > 0;
        if (spent) overBudget = (int) matched.stream().filter(m -> !members.contains(m.msisdn())).count();
        for (int i = 0; i < matched.size(); i++) {
            Target t = matched.get(i);
            if (retry.contains(t.msisdn())) {
                CampaignContacts.Contacted again = contacts.contact(c, t, offerNames);
                store.contacted(id, t.msisdn(), again.messageId(), again.taskId(), again.refused());
                if (again.messageId() != null) messages++;
                continue;
            }
            if (spent || members.contains(t.msisdn())) continue;
            double draw = HoldoutDraw.of(id, c.startsOn(), c.endsOn(), t.msisdn());
            if (HoldoutDraw.holdout(draw, share)) {
                if (store.insertMember(id, t.msisdn(), "holdout", draw, t.valueAtRisk(), BigDecimal.ZERO, runId, now)) added++;
                continue;
            }
            if (reserved.add(c.costPerMember()).compareTo(c.budget()) > 0) {
                overBudget = (int) matched.subList(i, matched.size()).stream().filter(m -> !members.contains(m.msisdn())).count();
                break;
            }
            if (!store.insertMember(id, t.msisdn(), "treated", draw, t.valueAtRisk(), c.costPerMember(), runId, now)) continue;
            reserved = reserved.add(c.costPerMember());
            added++;
            treated++;
            CampaignContacts.Contacted done = contacts.contact(c, t, offerNames);
            store.contacted(id, t.msisdn(), done.messageId(), done.taskId(), done.refused());
            if (done.messageId() != null) messages++;
            if (done.taskId() != null) tasks++;
        }
        store.finishRun(runId, matched.size(), added, treated, overBudget);
        log.info("{} ran campaign {} on the facts of {}: {} matched, {} added ({} treated), {} over budget", by, id, month, matched.size(),
                added, treated, overBudget);
        return new CampaignRunResult(runId, month, matched.size(), added, treated, overBudget, messages, tasks);
    }

    /** The automatic campaigns due today: within their schedule and never run ({@link CampaignJobs} runs them). */
    public List<Long> dueAutomatically() {
        return store.dueAutomatically(LocalDate.now(clock));
    }

    /** The members of {@code group} ({@code treated}, {@code holdout}), highest value at risk first. */
    public List<CampaignMember> members(long id, String group, int offset, int limit) {
        if (!store.exists(id)) throw new NotFoundException("no campaign " + id);
        if (!"treated".equals(group) && !"holdout".equals(group)) throw new CampaignRefused("campaigns.error.group", "group");
        return store.members(id, group, Math.max(0, offset), Math.max(1, Math.min(limit, 10_000)));
    }

    /** The campaign's offers as {@code code name} in {@code locale}, for its page. */
    public List<String> offerLabels(List<Long> offerIds, Locale locale) {
        return offers.labels(offerIds, locale);
    }

    /** The catalogue's active offers, each as {@code id · code name · cost · validity}, for the set-up form. */
    public List<String> offerCatalogue(Locale locale) {
        return offers.catalogue(locale);
    }

    public List<CampaignRun> runs(long id) {
        return store.runs(id);
    }

    /** The customers' opaque keys by number, for API rows (canonical numbers, as members have them). */
    public java.util.Map<String, String> customerKeys(List<String> msisdns) {
        return customers.customerKeys(msisdns);
    }

    /** The template exists for the channel and needs no variable the campaign does not fill (else no message renders). */
    private void checkTemplate(String code, Channel channel, String field) {
        if (!customers.templateFor(code, channel.code())) throw new CampaignRefused("campaigns.error.template", field, code);
        java.util.Set<String> unfilled = customers.unfilledVariables(code, CampaignContacts.FILLED);
        if (!unfilled.isEmpty()) {
            throw new CampaignRefused("campaigns.error.template-variables", field, code, "{" + String.join("}, {", unfilled) + "}");
        }
    }

    private static Channel channel(String code) {
        if (code == null) throw new CampaignRefused("campaigns.error.channel", "channel");
        for (Channel c : CHANNELS) if (c.code().equals(code.strip().toLowerCase(Locale.ROOT))) return c;
        throw new CampaignRefused("campaigns.error.channel", "channel");
    }
}

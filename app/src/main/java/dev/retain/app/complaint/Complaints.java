package dev.retain.app.complaint;

import dev.retain.app.complaint.internal.filter.ComplaintFiltering;
import dev.retain.app.complaint.internal.filter.FilterSettings;
import dev.retain.app.complaint.internal.intake.AreaCaseStore;
import dev.retain.app.complaint.internal.intake.ComplaintCustomerReadModel;
import dev.retain.app.complaint.internal.intake.ComplaintStore;
import dev.retain.engine.complaint.RepeatDetector;
import dev.retain.engine.complaint.SourceClass;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints' public face (issue 13, 004's "discover"): intake from every channel, idempotent by the
 * sender's external id; a new complaint gets its source class, its customer's region and branch, its
 * repeat count, the network alarm's area case it falls into, and the filter's proposal.
 */
@Service
public class Complaints {

    /** A category is a code: lower-case letters, digits and underscores. */
    static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_EXTERNAL_ID = 100;

    private final ComplaintStore store;
    private final ComplaintCustomerReadModel customers;
    private final AreaCaseStore areaCases;
    private final FilterSettings filterSettings;
    private final ComplaintFiltering filtering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(ComplaintStore store, ComplaintCustomerReadModel customers, AreaCaseStore areaCases, FilterSettings filterSettings,
               ComplaintFiltering filtering, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.areaCases = areaCases;
        this.filterSettings = filterSettings;
        this.filtering = filtering;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes a complaint in (state intake) or, when its external id is on file, returns the first one
     * unchanged (also when two arrive at once: the unique key decides, the second reads the first).
     * Refuses bad input with {@link ComplaintRefusedException} naming the field.
     */
    @Transactional
    public ComplaintView receive(NewComplaint c) {
        return intake(c).complaint();
    }

    /** The complaint, and whether this call created it (false: the external id was on file). */
    public record Intake(ComplaintView complaint, boolean created) {
    }

    /** As {@link #receive}, saying whether the complaint is new (the API answers 201 or 200). */
    @Transactional
    public Intake intake(NewComplaint c) {
        String externalId = blankToNull(c.externalId());
        if (externalId != null) {
            if (externalId.length() > MAX_EXTERNAL_ID) throw new ComplaintRefusedException("externalId", "at most " + MAX_EXTERNAL_ID + " characters");
            Optional<ComplaintView> first = store.findByExternalId(externalId);
            if (first.isPresent()) return new Intake(sameNumber(first.get(), c.msisdn()), false);
        }
        if (c.msisdn() == null || c.msisdn().isBlank()) throw new ComplaintRefusedException("msisdn", "missing");
        if (!Msisdn.isValid(c.msisdn().trim())) throw new ComplaintRefusedException("msisdn", "not a phone number (optional + then 5-20 digits)");
        String msisdn = Msisdn.canonical(c.msisdn().trim());
        if (c.channel() == null || c.channel().isBlank()) throw new ComplaintRefusedException("channel", "missing");
        SourceClass sourceClass;
        try {
            sourceClass = SourceClass.ofChannel(c.channel().trim());
        } catch (IllegalArgumentException e) {
            throw new ComplaintRefusedException("channel", "unknown channel '" + c.channel().trim() + "', expected one of " + SourceClass.CHANNELS);
        }
        if (c.category() == null || c.category().isBlank()) throw new ComplaintRefusedException("category", "missing");
        String category = c.category().trim();
        if (!CATEGORY.matcher(category).matches()) {
            throw new ComplaintRefusedException("category", "'" + category + "' is not a category code (lower-case letters, digits, _)");
        }
        if (c.description() == null || c.description().isBlank()) throw new ComplaintRefusedException("description", "missing");
        if (c.description().length() > MAX_DESCRIPTION) {
            throw new ComplaintRefusedException("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        Instant now = clock.instant();
        Instant receivedAt = c.receivedAt() == null ? now : c.receivedAt();
        if (receivedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new ComplaintRefusedException("receivedAt", "in the future (" + receivedAt + ")");
        }
        String by = c.createdBy() == null || c.createdBy().isBlank() ? "unknown" : c.createdBy();

        var place = customers.placeOf(msisdn).orElse(new ComplaintCustomerReadModel.Place(null, null));
        int window = filterSettings.current().repeatWindowDays();
        int repeats = RepeatDetector.repeatCount(receivedAt,
                store.receivedTimes(msisdn, category, receivedAt.minus(Duration.ofDays(window)), receivedAt), window);
        Long areaCase = areaCases.caseFor(place.region(), place.branch(), category, receivedAt).orElse(null);
        Optional<Long> id = store.insert(new ComplaintStore.Row(externalId, msisdn, receivedAt, c.channel().trim(), sourceClass.code(),
                category, c.description().trim(), place.region(), place.branch(), repeats, areaCase, by));
        if (id.isEmpty()) {
            // a parallel call with the same external id committed first: its complaint is the answer
            return new Intake(sameNumber(store.findByExternalId(externalId).orElseThrow(), c.msisdn()), false);
        }
        ComplaintView created = store.find(id.get()).orElseThrow();
        store.history(created.id(), by, null, "intake", c.channel().trim());
        filtering.propose(created);
        events.publishEvent(new ComplaintStateChanged(created.id(), null, "intake", now));
        return new Intake(created, true);
    }

    /**
     * A repeat answers the first complaint only for the same number: another number under a known external
     * id is a sender's mistake, and answering would show one customer's complaint to a call about another.
     */
    private static ComplaintView sameNumber(ComplaintView first, String msisdn) {
        boolean same = msisdn != null && Msisdn.isValid(msisdn.trim()) && Msisdn.canonical(msisdn.trim()).equals(first.msisdn());
        if (!same) throw new ComplaintRefusedException("externalId", "already names a complaint about another number");
        return first;
    }

    public Optional<ComplaintView> find(long id) {
        return store.find(id);
    }

    /** The complaint another system handed in under this id, if any. */
    public Optional<ComplaintView> findByExternalId(String externalId) {
        return store.findByExternalId(externalId);
    }

    /** The customer's complaints, newest first (either form of the number finds them). */
    public List<ComplaintView> ofCustomer(String msisdn) {
        return store.ofCustomer(Msisdn.canonical(msisdn));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package dev.retain.app.complaint.internal.intake;

import dev.retain.app.complaint.ComplaintRefusedException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network alarms (004's "network" discovery): an alarm opens an area-wide case for a region (or one
 * branch), a category and a window; the case collects the open complaints already in it, and intake
 * files later ones in it ({@link AreaCaseStore#caseFor}). Idempotent by the alarm's external id.
 */
@Service
public class AreaCases {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final AreaCaseStore store;
    private final ComplaintStore complaints;

    public AreaCases(AreaCaseStore store, ComplaintStore complaints) {
        this.store = store;
        this.complaints = complaints;
    }

    public record Opened(AreaCaseStore.AreaCase areaCase, boolean created, int collected) {
    }

    @Transactional
    public Opened open(AreaCaseStore.NewAreaCase n) {
        String externalId = n.externalId() == null || n.externalId().isBlank() ? null : n.externalId().trim();
        if (externalId != null) {
            var first = store.findByExternalId(externalId);
            if (first.isPresent()) return new Opened(first.get(), false, 0);
        }
        if (n.region() == null || n.region().isBlank()) throw new ComplaintRefusedException("region", "missing");
        if (n.category() == null || n.category().isBlank()) throw new ComplaintRefusedException("category", "missing");
        if (!CODE.matcher(n.category().trim()).matches()) {
            throw new ComplaintRefusedException("category", "'" + n.category() + "' is not a category code (lower-case letters, digits, _)");
        }
        if (n.startsAt() == null) throw new ComplaintRefusedException("startsAt", "missing");
        if (n.endsAt() != null && !n.endsAt().isAfter(n.startsAt())) throw new ComplaintRefusedException("endsAt", "must be after startsAt");
        String branch = n.branch() == null || n.branch().isBlank() ? null : n.branch().trim();
        var id = store.insert(new AreaCaseStore.NewAreaCase(externalId, n.region().trim(), branch,
                n.area() == null || n.area().isBlank() ? null : n.area().trim(), n.category().trim(), n.startsAt(), n.endsAt(),
                n.description(), n.openedBy()));
        if (id.isEmpty()) return new Opened(store.findByExternalId(externalId).orElseThrow(), false, 0);
        AreaCaseStore.AreaCase created = store.find(id.get()).orElseThrow();
        List<Long> open = store.openComplaintsFor(created);
        complaints.joinAreaCase(created.id(), open);
        return new Opened(store.find(created.id()).orElseThrow(), true, open.size());
    }

    public List<AreaCaseStore.AreaCase> recent() {
        return store.recent(200);
    }

    public java.util.Optional<AreaCaseStore.AreaCase> find(long id) {
        return store.find(id);
    }

}

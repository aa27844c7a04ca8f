package dev.retain.engine.visit;

import java.util.List;
import java.util.Set;

/** A customer worth visiting: their newest open complaint, the reasons (003's criteria) and all their open complaints' ids. */
public record VisitCandidate(OpenComplaint complaint, Set<VisitReason> reasons, List<Long> complaintIds) {

    public VisitCandidate {
        reasons = Set.copyOf(reasons);
        complaintIds = List.copyOf(complaintIds);
    }
}

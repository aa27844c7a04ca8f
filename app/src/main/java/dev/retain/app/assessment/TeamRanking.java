package dev.retain.app.assessment;

import java.util.List;

/** One team's managers ranked by total, best first; those without a total last, by id. {@code team} '' for managers without one. */
public record TeamRanking(String team, List<ManagerScore> managers) {

    /** How many managers of the team have a rank. */
    public long ranked() {
        return managers.stream().filter(m -> m.rank() != null).count();
    }
}

package dev.retain.synth;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.value.ManagerRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Phone managers and customer managers per region, hired to fit the expected number of
 * customers each role serves (SPEC R3.1 ratios) with some slack, except in the regions of
 * {@link Zhejiang#SHORT_OF_MANAGERS}, which get only 70% of the capacity they need.
 * Most capacities are left empty (the role's default); a few are explicit. Each manager works in a branch and a team
 * (reports group by them): customer managers are spread over their region's branches in turn, one team per branch;
 * phone managers sit in teams of {@value #PHONE_TEAM_SIZE}, in the branches in turn. Both follow from the manager's number
 * in its region and role, not from the random stream, so adding them changed no other generated value.
 */
final class ManagerRoster {

    static final String HEADER = "manager_id,name,role,region,capacity,active,branch,team";

    static final double SLACK = 1.15;
    static final double SHORT = 0.70;
    static final int PHONE_TEAM_SIZE = 10;

    /**
     * How the roster staffs a role: the id prefix, the capacity the engine applies when the
     * file leaves it empty (the role's default, retain-defaults.properties) and the explicit
     * capacities a few managers are given.
     */
    private record Staffing(String idPrefix, int defaultCapacity, int[] explicitCapacities) {

        static Staffing of(ManagerRole role) {
            return switch (role) {
                case CUSTOMER_MANAGER -> CUSTOMER_MANAGERS;
                case PHONE_MANAGER -> PHONE_MANAGERS;
            };
        }
    }

    private static final Staffing CUSTOMER_MANAGERS = new Staffing("CM", 500, new int[] {400, 450, 550, 600});
    private static final Staffing PHONE_MANAGERS = new Staffing("PM", 6000, new int[] {4000, 5000, 7000, 8000});

    /** A manager; {@code capacity} is 0 when the role's default applies (written empty). */
    record Manager(String id, String name, ManagerRole role, Region region, int capacity, boolean active, String branch,
                   String team) {
    }

    private final List<Manager> managers = new ArrayList<>();

    ManagerRoster(ProvinceSpec spec) {
        SplittableRandom rng = Rngs.forProvince(spec.seed(), Rngs.MANAGERS);
        for (Region region : Zhejiang.REGIONS) {
            double subscribers = spec.subscribers() * Zhejiang.weight(region);
            boolean shortRegion = Zhejiang.SHORT_OF_MANAGERS.contains(region.code());
            hire(rng, region, ManagerRole.CUSTOMER_MANAGER, subscribers * PopulationMix.customerManagerShare(), shortRegion);
            hire(rng, region, ManagerRole.PHONE_MANAGER, subscribers * PopulationMix.phoneManagerShare(), shortRegion);
        }
    }

    private void hire(SplittableRandom rng, Region region, ManagerRole role, double demand, boolean shortRegion) {
        double target = demand * (shortRegion ? SHORT : SLACK);
        int seq = 0;
        long capacity = 0;
        do {
            // A few managers have left but are still on the books: their customers must move.
            if (Rngs.chance(rng, 0.04)) {
                managers.add(manager(rng, region, role, ++seq, 0, false));
            }
            int[] explicitCapacities = Staffing.of(role).explicitCapacities();
            int explicit = Rngs.chance(rng, 0.10)
                    ? explicitCapacities[rng.nextInt(explicitCapacities.length)]
                    : 0;
            int effective = explicit == 0 ? Staffing.of(role).defaultCapacity() : explicit;
            if (shortRegion && capacity + effective > target) {
                // The last hire of a short region is part-time, so the region lands on its target
                // even when the target is smaller than one manager (small test provinces).
                explicit = (int) Math.max(1, Math.round(target - capacity));
                effective = explicit;
            }
            managers.add(manager(rng, region, role, ++seq, explicit, true));
            capacity += effective;
        } while (capacity < target);
        if (Rngs.chance(rng, 0.3)) {
            managers.add(manager(rng, region, role, ++seq, 0, false));
        }
    }

    private static Manager manager(SplittableRandom rng, Region region, ManagerRole role, int seq, int capacity,
                                   boolean active) {
        String id = Staffing.of(role).idPrefix() + "-" + region.shortCode() + "-" + String.format(java.util.Locale.ROOT, "%03d", seq);
        char gender = rng.nextBoolean() ? 'M' : 'F';
        return new Manager(id, ChineseNames.person(rng, gender), role, region, capacity, active, branch(region, role, seq),
                team(region, role, seq));
    }

    private static String branch(Region region, ManagerRole role, int seq) {
        int slot = role == ManagerRole.CUSTOMER_MANAGER ? seq - 1 : (seq - 1) / PHONE_TEAM_SIZE;
        return region.branches().get(slot % region.branches().size());
    }

    private static String team(Region region, ManagerRole role, int seq) {
        return role == ManagerRole.CUSTOMER_MANAGER
                ? "CM-" + branch(region, role, seq)
                : "PM-" + region.shortCode() + "-" + ((seq - 1) / PHONE_TEAM_SIZE + 1);
    }

    int count() {
        return managers.size();
    }

    List<String> customerManagerIds(Region region) {
        return managers.stream()
                .filter(m -> m.region() == region && m.role() == ManagerRole.CUSTOMER_MANAGER)
                .map(Manager::id)
                .toList();
    }

    void write(Path file) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, HEADER.split(","))) {
            for (Manager m : managers) {
                csv.field(m.id()).field(m.name()).field(m.role().code()).field(m.region().code());
                if (m.capacity() == 0) {
                    csv.empty();
                } else {
                    csv.field(m.capacity());
                }
                csv.field(m.active()).field(m.branch()).field(m.team()).endRow();
            }
        }
    }
}

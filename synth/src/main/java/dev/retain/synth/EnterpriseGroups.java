package dev.retain.synth;

import dev.retain.engine.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Enterprise groups (集团), sized up front from the expected number of grouped subscribers
 * per region. Group sizes follow a Pareto law, so a region has a few large employers and
 * many small firms; a subscriber joins a group of their own region.
 */
final class EnterpriseGroups {

    static final String HEADER = "group_id,name,account_manager_id";

    /** Average members per group; the Pareto tail makes the actual sizes very uneven. */
    private static final double MEAN_SIZE = 50;
    private static final double PARETO_ALPHA = 1.2;
    /** Share of groups whose account manager is not recorded. */
    private static final double NO_ACCOUNT_MANAGER = 0.10;

    record Group(String id, String name, Region region, String accountManagerId) {
    }

    private final List<List<Group>> byRegion = new ArrayList<>();
    private final List<double[]> cumulative = new ArrayList<>();
    private final List<byte[][]> idBytes = new ArrayList<>();
    private int count;

    EnterpriseGroups(ProvinceSpec spec, ManagerRoster managers) {
        SplittableRandom rng = Rngs.forProvince(spec.seed(), Rngs.GROUPS);
        for (Region region : Zhejiang.REGIONS) {
            double grouped = spec.subscribers() * Zhejiang.weight(region) * PopulationMix.groupShare();
            int n = (int) Math.max(3, Math.round(grouped / MEAN_SIZE));
            List<String> accountManagers = managers.customerManagerIds(region);
            List<Group> groups = new ArrayList<>(n);
            double[] weights = new double[n];
            byte[][] ids = new byte[n][];
            for (int i = 0; i < n; i++) {
                String id = "G-" + region.shortCode() + "-" + String.format(java.util.Locale.ROOT, "%05d", i + 1);
                String manager = accountManagers.isEmpty() || Rngs.chance(rng, NO_ACCOUNT_MANAGER)
                        ? null
                        : accountManagers.get(i % accountManagers.size());
                groups.add(new Group(id, ChineseNames.company(rng, region), region, manager));
                weights[i] = StrictMath.pow(1 - rng.nextDouble(), -1 / PARETO_ALPHA);
                ids[i] = id.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
            byRegion.add(groups);
            cumulative.add(Rngs.cumulative(weights));
            idBytes.add(ids);
            count += n;
        }
    }

    int count() {
        return count;
    }

    /** The id of a group of the region, large groups being proportionally more likely. */
    byte[] pick(SplittableRandom rng, Region region) {
        return idBytes.get(region.index())[Rngs.pick(rng, cumulative.get(region.index()))];
    }

    void write(Path file) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, HEADER.split(","))) {
            for (List<Group> groups : byRegion) {
                for (Group g : groups) {
                    csv.field(g.id()).field(g.name()).field(g.accountManagerId()).endRow();
                }
            }
        }
    }
}

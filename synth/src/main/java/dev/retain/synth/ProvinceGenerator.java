package dev.retain.synth;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.load.ContractColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Generates a synthetic province in the CSV contract of docs/data-formats.md.
 *
 * <p>Subscribers are generated one at a time, each from its own random stream, and their
 * subscriber row, usage rows and peer rows are written at once; nothing grows with the
 * number of subscribers except the files. The same spec always gives the same bytes.
 */
public final class ProvinceGenerator {

    // the contract's file names, as the engine reads them
    public static final String SUBSCRIBERS = ContractColumns.SUBSCRIBERS;
    public static final String USAGE = ContractColumns.USAGE;
    public static final String CALL_PEERS = ContractColumns.CALL_PEERS;
    public static final String PLANS = ContractColumns.PLANS;
    public static final String MANAGERS = ContractColumns.MANAGERS;
    public static final String GROUPS = ContractColumns.GROUPS;
    public static final String REGIONS = ContractColumns.REGIONS;
    public static final String COMPLAINTS = ContractColumns.COMPLAINTS;

    private static final long PROGRESS_EVERY = 10_000;

    private final ProvinceSpec spec;

    public ProvinceGenerator(ProvinceSpec spec) {
        if (spec.subscribers() > PhoneNumbers.capacity()) {
            throw new IllegalArgumentException("at most " + PhoneNumbers.capacity() + " subscribers can be numbered");
        }
        this.spec = spec;
    }

    /**
     * Writes subscribers.csv, usage_monthly.csv, call_peers.csv, complaints.csv, plans.csv, managers.csv,
     * groups.csv and regions.csv into {@code dir} (created if missing, files replaced), calling
     * {@code subscribersDone} with the running count every 10,000 subscribers and at the end.
     */
    public GenerationSummary generate(Path dir, LongConsumer subscribersDone) throws IOException {
        Files.createDirectories(dir);
        ManagerRoster managers = new ManagerRoster(spec);
        EnterpriseGroups groups = new EnterpriseGroups(spec, managers);
        Plans.write(dir.resolve(PLANS));
        managers.write(dir.resolve(MANAGERS));
        groups.write(dir.resolve(GROUPS));
        Zhejiang.writeRegionNames(dir.resolve(REGIONS));

        byte[][] months = new byte[spec.months()][];
        for (int t = 0; t < months.length; t++) {
            months[t] = Dates.monthBytes(spec.firstMonth().plusMonths(t));
        }
        ProfileSampler profiles = new ProfileSampler(spec, new PhoneNumbers(spec.seed()), groups);
        TrajectorySimulator simulator = new TrajectorySimulator(spec.seed(),
                new Seasonality(spec.firstMonth(), spec.months(), spec.seed()));
        PeerSimulator peers = new PeerSimulator(spec.seed(), spec.firstMonth(), months);
        SubscriberRows rows = new SubscriberRows(months);
        ContactSampler contacts = new ContactSampler(spec.seed(), spec.lastMonth());
        LocationSampler locations = new LocationSampler(spec.seed());
        ComplaintSimulator complaints = new ComplaintSimulator(spec.seed(), spec.firstMonth());
        Trajectory trajectory = new Trajectory(spec.months());

        long usageRows = 0;
        long peerRows = 0;
        long complaintRows = 0;
        try (CsvWriter subscribersCsv = new CsvWriter(dir.resolve(SUBSCRIBERS), SubscriberRows.SUBSCRIBERS_HEADER.split(","));
             CsvWriter usageCsv = new CsvWriter(dir.resolve(USAGE), SubscriberRows.USAGE_HEADER.split(","));
             CsvWriter peersCsv = new CsvWriter(dir.resolve(CALL_PEERS), PeerSimulator.HEADER.split(","));
             CsvWriter complaintsCsv = new CsvWriter(dir.resolve(COMPLAINTS), ComplaintSimulator.HEADER.split(","))) {
            for (long i = 0; i < spec.subscribers(); i++) {
                Profile profile = profiles.sample(i);
                simulator.simulate(profile, trajectory);
                rows.writeSubscriber(profile, trajectory, contacts.sample(profile), locations.sample(profile), subscribersCsv);
                usageRows += rows.writeUsage(profile, trajectory, usageCsv);
                peerRows += peers.write(profile, trajectory, peersCsv);
                complaintRows += complaints.write(profile, trajectory, complaintsCsv);
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    subscribersDone.accept(i + 1);
                }
            }
        }
        if (spec.subscribers() % PROGRESS_EVERY != 0) {
            subscribersDone.accept(spec.subscribers());
        }
        return new GenerationSummary(spec.subscribers(), usageRows, peerRows, complaintRows, managers.count(), groups.count(),
                spec.firstMonth(), spec.lastMonth());
    }
}

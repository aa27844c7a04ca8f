package dev.retain.engine.load;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.value.EnterpriseGroup;
import dev.retain.engine.value.Manager;
import dev.retain.engine.value.Months;
import dev.retain.engine.value.Plan;
import dev.retain.engine.value.RegionName;
import dev.retain.engine.progress.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * Loads an input folder in dependency order (plans, managers, groups, subscribers, usage,
 * call peers, complaints), writing a rejects report per file into {@code reportDir}. Only
 * subscribers.csv and usage_monthly.csv are required.
 */
public final class ProvinceLoader {

    private final InputFiles files;
    private final ContractFileReader reader;
    private final Progress progress;
    private final boolean part;

    public ProvinceLoader(Path inDir, Path reportDir, double maxRejectRate, Progress progress) {
        this(InputFiles.of(inDir), reportDir, maxRejectRate, progress, false);
    }

    private ProvinceLoader(InputFiles files, Path reportDir, double maxRejectRate, Progress progress, boolean part) {
        this.files = files;
        this.reader = new ContractFileReader(reportDir, maxRejectRate);
        this.progress = progress;
        this.part = part;
    }

    /**
     * A loader of one part of a province (the Spark job's partition): its files hold every row of the same
     * subscribers and all reference data. A part may have no subscribers at all, and the share of rejects is
     * checked over the whole province by the caller, so every bad row is reported here whatever their share.
     */
    public static ProvinceLoader part(InputFiles files, Path reportDir, Progress progress) {
        return new ProvinceLoader(files, reportDir, 1.0, progress, true);
    }

    /** Loads what the cycle for {@code months} needs: usage and call peers of those months only. */
    public Province load(List<YearMonth> months, YearMonth peerMonth) {
        return load(months, peerMonth, List.of(peerMonth));
    }

    /**
     * Usage of {@code months}; call peers summarised per month for each of {@code peerMonths}
     * (which include {@code peerMonth}, the summary the rules read).
     */
    public Province load(List<YearMonth> months, YearMonth peerMonth, List<YearMonth> peerMonths) {
        List<FileLoad> loads = new ArrayList<>();
        ReferenceData ref = loadReferenceData(loads);
        Subscribers subscribers = ref.subscribers();
        UsageTable usage = new UsageTable(subscribers, months);
        Map<Integer, CallSummary> byIndex = new LinkedHashMap<>();
        for (YearMonth m : peerMonths) byIndex.put(Months.index(m), new CallSummary(subscribers));
        byIndex.putIfAbsent(Months.index(peerMonth), new CallSummary(subscribers)); // the rules read it, even empty
        // the two big files fill separate tables: read them side by side
        CompletableFuture<FileLoad> peerLoad = null;
        boolean havePeers = files.exists((ContractColumns.CALL_PEERS));
        if (havePeers) {
            RowSink<CallPeerRecord> perMonth = (r, line) -> byIndex.get(r.monthIndex()).accept(r, line);
            peerLoad = CompletableFuture.supplyAsync(() ->
                    read(ContractColumns.CALL_PEERS, ContractColumns.CALL_PEER_REQUIRED, new CallPeerParser(perMonth, byIndex::containsKey)));
        }
        try {
            loads.add(read(ContractColumns.USAGE, ContractColumns.USAGE_REQUIRED, new UsageParser(usage, usage::wants)));
        } finally {
            if (peerLoad != null) {
                FileLoad peers = join(peerLoad);
                loads.add(peers);
            }
        }
        // a month without call-peer rows is unknown (the churn model's features are NaN), not a month without calls
        Map<YearMonth, CallSummary> callsByMonth = new LinkedHashMap<>();
        if (havePeers) byIndex.forEach((index, summary) -> {
            if (summary.rows() > 0) callsByMonth.put(Months.fromIndex(index), summary);
        });
        CallSummary calls = byIndex.get(Months.index(peerMonth));
        ComplaintDays complaints = loadComplaints(loads, subscribers);
        return new Province(subscribers, usage, calls, callsByMonth, ref.managers(), ref.groups(), ref.plans(), loads, complaints);
    }

    /** Validates every file and every month without keeping usage: what `retain validate` runs. */
    public List<FileLoad> validateAll() {
        List<FileLoad> loads = new ArrayList<>();
        ReferenceData ref = loadReferenceData(loads);
        Subscribers subscribers = ref.subscribers();
        loads.add(read(ContractColumns.USAGE, ContractColumns.USAGE_REQUIRED, new UsageParser(new UsageRowValidator(subscribers), m -> true)));
        if (files.exists((ContractColumns.CALL_PEERS))) {
            loads.add(read(ContractColumns.CALL_PEERS, ContractColumns.CALL_PEER_REQUIRED,
                    new CallPeerParser(new CallSummary(subscribers), m -> true)));
        }
        loadComplaints(loads, subscribers);
        if (files.exists((ContractColumns.REGIONS))) {
            Map<String, RegionName> names = new LinkedHashMap<>();
            loads.add(read(ContractColumns.REGIONS, ContractColumns.REGION_REQUIRED,
                    new RegionNameParser(uniqueInto(names, n -> n.region() + (n.isRegion() ? "" : "/" + n.branch()), "region,branch"))));
        }
        return loads;
    }

    /** Everything the usage and call-peer rows refer to. */
    private record ReferenceData(Map<String, Plan> plans, List<Manager> managers, Map<String, EnterpriseGroup> groups,
                                 Subscribers subscribers) {
    }

    /** Plans, managers, groups, then subscribers: each file may refer only to those before it. */
    private ReferenceData loadReferenceData(List<FileLoad> loads) {
        if (!files.present()) throw new InputFileException(files.describe(), "input folder not found");
        Map<String, Plan> plans = loadPlans(loads);
        List<Manager> managers = loadManagers(loads);
        Map<String, EnterpriseGroup> groups = loadGroups(loads, managers);
        return new ReferenceData(plans, managers, groups, loadSubscribers(loads, plans, groups));
    }

    private static FileLoad join(CompletableFuture<FileLoad> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private Map<String, Plan> loadPlans(List<FileLoad> loads) {
        Map<String, Plan> plans = new LinkedHashMap<>();
        if (files.exists((ContractColumns.PLANS))) {
            loads.add(read(ContractColumns.PLANS, ContractColumns.PLAN_REQUIRED, new PlanParser(uniqueInto(plans, Plan::id, "plan_id"))));
        }
        return plans;
    }

    private List<Manager> loadManagers(List<FileLoad> loads) {
        Map<String, Manager> managers = new LinkedHashMap<>();
        if (files.exists((ContractColumns.MANAGERS))) {
            loads.add(read(ContractColumns.MANAGERS, ContractColumns.MANAGER_REQUIRED,
                    new ManagerParser(uniqueInto(managers, Manager::id, "manager_id"))));
        }
        return List.copyOf(managers.values());
    }

    private Map<String, EnterpriseGroup> loadGroups(List<FileLoad> loads, List<Manager> managers) {
        Map<String, EnterpriseGroup> groups = new LinkedHashMap<>();
        if (files.exists((ContractColumns.GROUPS))) {
            boolean haveManagers = files.exists((ContractColumns.MANAGERS));
            java.util.Set<String> managerIds = new java.util.HashSet<>();
            managers.forEach(m -> managerIds.add(m.id()));
            loads.add(read(ContractColumns.GROUPS, ContractColumns.GROUP_REQUIRED,
                    new GroupParser(uniqueInto(groups, EnterpriseGroup::id, "group_id"), id -> !haveManagers || managerIds.contains(id))));
        }
        return groups;
    }

    private Subscribers loadSubscribers(List<FileLoad> loads, Map<String, Plan> plans, Map<String, EnterpriseGroup> groups) {
        Subscribers subscribers = new Subscribers(expectedRows(ContractColumns.SUBSCRIBERS, 120));
        Predicate<String> knownPlan = files.exists((ContractColumns.PLANS)) ? plans::containsKey : id -> true;
        Predicate<String> knownGroup = files.exists((ContractColumns.GROUPS)) ? groups::containsKey : id -> true;
        FileLoad load = read(ContractColumns.SUBSCRIBERS, ContractColumns.SUBSCRIBER_REQUIRED,
                new SubscriberParser(subscribers, knownPlan, knownGroup));
        if (load.loaded() == 0 && !part) throw new InputFileException(ContractColumns.SUBSCRIBERS, "has no valid subscriber rows");
        loads.add(load);
        return subscribers;
    }

    /** complaints.csv when the folder has it: every complaint of a known subscriber, whatever its month (the facts pick). */
    private ComplaintDays loadComplaints(List<FileLoad> loads, Subscribers subscribers) {
        if (!files.exists((ContractColumns.COMPLAINTS))) return ComplaintDays.NO_FILE;
        ComplaintDays days = new ComplaintDays(subscribers);
        // unknown numbers are refused by the table itself (it names the file they are missing from)
        loads.add(read(ContractColumns.COMPLAINTS, ContractColumns.COMPLAINT_REQUIRED, new ComplaintParser(days, m -> true)));
        return days.finish();
    }

    /** A guess at a file's row count from its size, to size tables once. */
    private int expectedRows(String file, int bytesPerRow) {
        try {
            return (int) Math.min(Integer.MAX_VALUE / 4, files.size(file) / bytesPerRow + 16);
        } catch (IOException e) {
            return 1024;
        }
    }

    private FileLoad read(String file, List<String> required, dev.retain.engine.csv.RowHandler handler) {
        if (!files.exists(file)) throw new InputFileException(file, "file not found in " + files.describe());
        long size;
        java.io.InputStream in;
        try {
            size = files.size(file);
            in = files.open(file);
        } catch (IOException e) {
            throw new InputFileException(file, "cannot read " + file + " in " + files.describe() + ": " + e.getMessage(), e);
        }
        return reader.read(file, in, required, handler, bytes -> progress.update("read " + file, bytes, size),
                line -> files.originalLine(file, line));
    }

    private static <T> RowSink<T> uniqueInto(Map<String, T> target, java.util.function.Function<T, String> key, String column) {
        return (row, line) -> {
            if (target.putIfAbsent(key.apply(row), row) != null) {
                throw new FieldError(column, "duplicate " + column + " '" + key.apply(row) + "'");
            }
        };
    }
}

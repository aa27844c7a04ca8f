package dev.retain.engine.load;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.Msisdn;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Last cycle's assignments.csv as MSISDN (canonical) → manager id, for stickiness (SPEC R3.2). */
public final class PreviousAssignments {

    private final Map<String, String> managerByMsisdn;
    private final FileLoad load;

    private PreviousAssignments(Map<String, String> managerByMsisdn, FileLoad load) {
        this.managerByMsisdn = managerByMsisdn;
        this.load = load;
    }

    public static PreviousAssignments none() {
        return new PreviousAssignments(Map.of(), null);
    }

    public static PreviousAssignments read(Path file, ContractFileReader reader) {
        Map<String, String> map = new HashMap<>();
        FileLoad load = reader.read(file, List.of("msisdn", "manager_id"), handler(map), null);
        return new PreviousAssignments(map, load);
    }

    /** The same from a stream named {@code name}: one partition's rows, as the Spark job hands them over. */
    public static PreviousAssignments read(String name, java.io.InputStream in, ContractFileReader reader,
                                           java.util.function.LongUnaryOperator originalLine) {
        Map<String, String> map = new HashMap<>();
        FileLoad load = reader.read(name, in, List.of("msisdn", "manager_id"), handler(map), null, originalLine);
        return new PreviousAssignments(map, load);
    }

    private static RowHandler handler(Map<String, String> map) {
        return new RowHandler() {
            private int msisdn;
            private int manager;

            @Override
            public void bind(Header header) {
                msisdn = header.position("msisdn");
                manager = header.position("manager_id");
            }

            @Override
            public boolean accept(CsvRecord record, Fields fields, long line) throws FieldError {
                String number = fields.msisdn(msisdn, "msisdn");
                String managerId = fields.optionalText(manager);
                if (managerId == null) return false; // unassigned last month: nothing to keep
                if (map.putIfAbsent(Msisdn.canonical(number), managerId) != null) throw new FieldError("msisdn", "duplicate msisdn " + number);
                return true;
            }
        };
    }

    /** Last month's manager of a number given in either form ({@link Msisdn#canonical}), or null. */
    public String managerOf(String msisdn) {
        return managerByMsisdn.get(Msisdn.canonical(msisdn));
    }

    /** The load counts, or null when no previous assignments were given. */
    public FileLoad load() {
        return load;
    }
}

package dev.retain.spark;

import dev.retain.engine.load.ContractColumns;
import java.util.List;

/**
 * The contract's input files as the job reads them. Keyed files hold rows of subscribers and go to their
 * subscriber's partition; reference files are small and every partition reads them whole.
 */
enum ContractFile {
    SUBSCRIBERS(ContractColumns.SUBSCRIBERS, true, ContractColumns.SUBSCRIBER_REQUIRED),
    USAGE(ContractColumns.USAGE, true, ContractColumns.USAGE_REQUIRED),
    CALL_PEERS(ContractColumns.CALL_PEERS, true, ContractColumns.CALL_PEER_REQUIRED),
    COMPLAINTS(ContractColumns.COMPLAINTS, true, ContractColumns.COMPLAINT_REQUIRED),
    PREVIOUS_ASSIGNMENTS("previous_assignments.csv", true, List.of("msisdn", "manager_id")),
    PLANS(ContractColumns.PLANS, false, ContractColumns.PLAN_REQUIRED),
    MANAGERS(ContractColumns.MANAGERS, false, ContractColumns.MANAGER_REQUIRED),
    GROUPS(ContractColumns.GROUPS, false, ContractColumns.GROUP_REQUIRED);

    final String csvName;
    final boolean keyed;
    final List<String> required;

    ContractFile(String csvName, boolean keyed, List<String> required) {
        this.csvName = csvName;
        this.keyed = keyed;
        this.required = required;
    }

    /** The contract file of that CSV name, or null (the engine names files by their CSV names). */
    static ContractFile byCsvName(String csvName) {
        for (ContractFile f : values()) if (f.csvName.equals(csvName)) return f;
        return null;
    }

    /** The name in the input folder for a format: {@code usage_monthly.csv}, or {@code usage_monthly.parquet} (a file or a folder of parts). */
    String name(InputFormat format) {
        return format == InputFormat.CSV ? csvName : csvName.replace(".csv", ".parquet");
    }
}

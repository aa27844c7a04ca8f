package dev.retain.spark;

import dev.retain.engine.assign.AssignmentReason;
import dev.retain.engine.cycle.ChurnBaseRates;
import dev.retain.engine.value.ManagerRole;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;

/**
 * What the first pass learns from one partition, for the figures that are the whole province's: its part of
 * the churn base rates, the RFM values' counts (over {@code rfmBase} subscribers), the customers to assign, and its
 * load counts and rejects.
 */
record SliceFigures(ChurnBaseRates rates, List<LoadCount> loads, long monthRows, long rfmBase, List<HashMap<Double, Long>> rfmCounts,
                    List<RequestRow> requests, List<Rejected> rejects) implements Serializable {

    /** The same figures without the RFM counts, which are added up on the cluster, not on the driver. */
    SliceFigures withoutRfmCounts() {
        return new SliceFigures(rates, loads, monthRows, rfmBase, List.of(), requests, rejects);
    }

    /** A file's counts in one partition. */
    record LoadCount(String file, long rows, long loaded, long rejected, long skipped) implements Serializable {
    }

    /** A customer to assign (the engine's {@code AssignmentRequest} without its position, which is the partition's). */
    record RequestRow(String msisdn, String region, ManagerRole role, String groupAccountManagerId, String previousManagerId,
                      long monthlyValueFen) implements Serializable {
    }

    /** The assignment of one customer, sent back to their partition. */
    record AssignmentRow(String msisdn, String managerId, ManagerRole role, AssignmentReason reason) implements Serializable {
    }

    /** A task's customer and priority, for choosing whose tasks the churn model explains. */
    record TaskKey(String msisdn, long priority, boolean explainable) implements Serializable {
    }
}

package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.MerchantComplaintStore;
import dev.retain.app.merchant.internal.MerchantComplaintReadModel;
import dev.retain.app.security.RetainUser;
import dev.retain.app.workorder.NewWorkOrder;
import dev.retain.app.workorder.WorkOrderRefused;
import dev.retain.app.workorder.WorkOrderStates;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' complaints about partner merchants (SPEC R11.3, linked to the work orders of R8.2). The operator's
 * complaint staff record one; it opens a work order (channel and category {@code merchant}: the routing rule sends it
 * to the alliance queue, with its time limit and escalations) in the same transaction. The merchant sees its own
 * complaints and enters its result, which also goes into the order's history; the operator resolves and closes the
 * order with the callback as any other, and the merchant sees it closed (its state is read from the order, never copied).
 */
@Service
public class MerchantComplaints {

    /** The work order's channel and category for a complaint about a merchant. */
    public static final String CATEGORY = "merchant";
    private static final int MAX_TEXT = 2000;

    private final Merchants merchants;
    private final MerchantComplaintStore store;
    private final MerchantComplaintReadModel reads;
    private final WorkOrders workOrders;
    private final Clock clock;

    MerchantComplaints(Merchants merchants, MerchantComplaintStore store, MerchantComplaintReadModel reads, WorkOrders workOrders, Clock clock) {
        this.merchants = merchants;
        this.store = store;
        this.reads = reads;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    /** Records the complaint and opens its work order; {@code priority} null: regular. */
    @Transactional
    public MerchantComplaintView record(long merchantId, String msisdn, String description, String priority, RetainUser by) {
        MerchantView merchant = merchants.get(merchantId);
        if (merchant.deleted()) throw new MerchantRefused("merchant.error.deleted", merchant.code());
        String number = msisdn == null ? null : msisdn.strip();
        if (number == null || !Msisdn.isValid(number)) throw new MerchantRefused("merchant.complaint.error.msisdn");
        String text = Merchants.trim(description);
        if (text == null || text.length() > MAX_TEXT) throw new MerchantRefused("merchant.complaint.error.description");
        String p = Merchants.trim(priority) == null ? "regular" : priority.strip();
        if (!WorkOrderStates.PRIORITIES.contains(p)) throw new MerchantRefused("merchant.complaint.error.priority", p);
        WorkOrderView order = workOrders.open(new NewWorkOrder(null, number, CATEGORY, CATEGORY,
                "[" + merchant.code() + " " + merchant.name() + "] " + text, null, p, by.username()));
        long id = store.insert(merchantId, order.id(), order.msisdn(), text, clock.instant(), by.username());
        return reads.ofMerchant(merchantId, id).orElseThrow();
    }

    /** The operator's list, newest first; {@code merchantId} null: every merchant's. */
    @Transactional(readOnly = true)
    public List<MerchantComplaintView> list(Long merchantId, int limit) {
        return reads.list(merchantId, limit);
    }

    /** A merchant's complaint; another merchant's id is {@link MerchantNotFound}, as if it did not exist. */
    @Transactional(readOnly = true)
    public MerchantComplaintView get(long merchantId, long id) {
        return reads.ofMerchant(merchantId, id).orElseThrow(() -> new MerchantNotFound("complaint " + id));
    }

    /**
     * The merchant's result, entered by its staff for their own merchant (never a parameter): stored here and noted in
     * the work order's history. Refused once the operator resolved or closed the order; a later entry replaces the
     * stored result (every entry stays in the order's history).
     */
    @Transactional
    public MerchantComplaintView enterResult(RetainUser staff, long id, String result) {
        long merchantId = merchantOf(staff);
        MerchantComplaintStore.Link link = store.lockOfMerchant(merchantId, id).orElseThrow(() -> new MerchantNotFound("complaint " + id));
        String text = Merchants.trim(result);
        if (text == null || text.length() > MAX_TEXT) throw new MerchantRefused("merchant.complaint.error.result");
        WorkOrderView order = workOrders.find(link.workOrderId()).orElseThrow(() -> new MerchantNotFound("work order " + link.workOrderId()));
        if (order.state().equals("resolved") || order.state().equals("closed")) {
            throw new MerchantRefused("merchant.complaint.error.handled", id);
        }
        Instant now = clock.instant();
        store.setResult(id, text, now, staff.username());
        try {
            workOrders.note(link.workOrderId(), "[" + merchants.get(merchantId).code() + "] " + text, staff.username());
        } catch (WorkOrderRefused e) {
            throw new MerchantRefused("merchant.complaint.error.handled", id);
        }
        return get(merchantId, id);
    }

    static long merchantOf(RetainUser staff) {
        if (staff.merchantId() == null || !staff.role().isMerchantStaff()) throw new MerchantNotFound("merchant of " + staff.username());
        return staff.merchantId();
    }
}

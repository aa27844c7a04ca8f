package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.AccountState;
import java.util.function.IntPredicate;

/**
 * usage_monthly.csv → {@link UsageRecord}. Rows of months the caller does not want are
 * skipped after reading only their month, which keeps a cycle over a 13-month file fast.
 */
public final class UsageParser implements RowHandler {

    private final RowSink<UsageRecord> sink;
    private final IntPredicate wantedMonth;
    private int msisdn, month, bill, mou, data, sms, state;

    public UsageParser(RowSink<UsageRecord> sink, IntPredicate wantedMonth) {
        this.sink = sink;
        this.wantedMonth = wantedMonth;
    }

    @Override
    public void bind(Header h) {
        msisdn = h.position("msisdn");
        month = h.position("month");
        bill = h.position("bill");
        mou = h.position("mou_out");
        data = h.position("data_mb");
        sms = h.position("sms");
        state = h.position("state");
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        int m = f.month(month, "month");
        if (!wantedMonth.test(m)) return false;
        sink.accept(new UsageRecord(
                f.msisdn(msisdn, "msisdn"), m,
                f.money(bill, "bill"),
                f.count(mou, "mou_out"),
                f.decimal(data, "data_mb"),
                f.count(sms, "sms"),
                parseState(r, f)), line);
        return true;
    }

    private AccountState parseState(CsvRecord r, Fields f) throws FieldError {
        // fast path for the exact lower-case codes, the general parse otherwise
        int from = r.fieldStart(state);
        int len = r.fieldEnd(state) - from;
        byte first = len > 0 ? r.bytes()[from] : 0;
        if (len == 6 && first == 'a') return fastMatch(r, from, "active", AccountState.ACTIVE, f);
        if (len == 9 && first == 's') return fastMatch(r, from, "suspended", AccountState.SUSPENDED, f);
        if (len == 9 && first == 'p') return fastMatch(r, from, "precancel", AccountState.PRECANCEL, f);
        if (len == 9 && first == 'c') return fastMatch(r, from, "cancelled", AccountState.CANCELLED, f);
        return f.code(state, "state", AccountState::parse);
    }

    private AccountState fastMatch(CsvRecord r, int from, String code, AccountState value, Fields f) throws FieldError {
        byte[] b = r.bytes();
        for (int i = 0; i < code.length(); i++) {
            if (b[from + i] != code.charAt(i)) return f.code(state, "state", AccountState::parse);
        }
        return value;
    }
}

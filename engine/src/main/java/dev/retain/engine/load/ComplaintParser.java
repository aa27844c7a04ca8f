package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * complaints.csv → {@link ComplaintRecord}. A second row with the same {@code complaint_id} is
 * refused (the first stands); {@code knownSubscriber} refuses numbers the province does not have
 * (pass {@code m -> true} where any number may complain).
 */
public final class ComplaintParser implements RowHandler {

    private final RowSink<ComplaintRecord> sink;
    private final Predicate<String> knownSubscriber;
    private final Map<String, Long> firstLineById = new HashMap<>();
    private int id, msisdn, receivedAt, channel, category, description, region, branch;

    public ComplaintParser(RowSink<ComplaintRecord> sink, Predicate<String> knownSubscriber) {
        this.sink = sink;
        this.knownSubscriber = knownSubscriber;
    }

    @Override
    public void bind(Header h) {
        id = h.position("complaint_id");
        msisdn = h.position("msisdn");
        receivedAt = h.position("received_at");
        channel = h.position("channel");
        category = h.position("category");
        description = h.position("description");
        region = h.position("region");
        branch = h.position("branch");
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        String complaintId = f.requiredText(id, "complaint_id");
        String number = f.msisdn(msisdn, "msisdn");
        if (!knownSubscriber.test(number)) {
            throw new FieldError("msisdn", "unknown subscriber " + number + " (not in subscribers.csv)");
        }
        String when = f.requiredText(receivedAt, "received_at");
        LocalDateTime at = ReceivedAt.parse(when);
        if (at == null) {
            throw new FieldError("received_at", "not a date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS][offset]: '" + when + "'");
        }
        ComplaintRecord row = new ComplaintRecord(complaintId, number, at,
                f.code(channel, "channel", ComplaintChannels::parse),
                f.requiredText(category, "category"),
                f.requiredText(description, "description"),
                f.optionalCode(region),
                f.optionalCode(branch));
        Long first = firstLineById.get(complaintId);
        if (first != null) throw new FieldError("complaint_id", "duplicate complaint_id '" + complaintId + "' (first on line " + first + ")");
        sink.accept(row, line);
        firstLineById.put(complaintId, line);
        return true;
    }
}

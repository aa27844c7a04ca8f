package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.Plan;

/** plans.csv → {@link Plan}. */
public final class PlanParser implements RowHandler {

    private final RowSink<Plan> sink;
    private int id, name, fee, voice, data, sms, overVoice, overData, overSms;

    public PlanParser(RowSink<Plan> sink) {
        this.sink = sink;
    }

    @Override
    public void bind(Header h) {
        id = h.position("plan_id");
        name = h.position("name");
        fee = h.position("monthly_fee");
        voice = h.position("voice_min");
        data = h.position("data_mb");
        sms = h.position("sms");
        overVoice = h.position("over_voice_per_min");
        overData = h.position("over_data_per_mb");
        overSms = h.position("over_sms");
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        sink.accept(new Plan(f.requiredText(id, "plan_id"), f.requiredText(name, "name"),
                f.money(fee, "monthly_fee"), f.count(voice, "voice_min"), f.count(data, "data_mb"), f.count(sms, "sms"),
                f.money(overVoice, "over_voice_per_min"), f.money(overData, "over_data_per_mb"),
                f.money(overSms, "over_sms")), line);
        return true;
    }
}

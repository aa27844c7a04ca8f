package dev.retain.stream;

import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Raw bytes in; a parsed event keyed by its canonical MSISDN, or a dead letter with the reason, out. */
final class IntakeProcessor implements Processor<byte[], byte[], String, Intake> {

    private ProcessorContext<String, Intake> context;

    @Override
    public void init(ProcessorContext<String, Intake> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> r) {
        UsageEventJson.Result parsed = UsageEventJson.parse(r.value());
        if (parsed instanceof UsageEventJson.Accepted a) {
            UsageEvent e = a.event();
            byte[] canonical = e.msisdn().getBytes(StandardCharsets.UTF_8);
            context.forward(r.withKey(e.msisdn()).withValue(Intake.accepted(e, Arrays.equals(canonical, r.key()))));
        } else {
            UsageEventJson.Refused refused = (UsageEventJson.Refused) parsed;
            RecordMetadata m = context.recordMetadata().orElse(null);
            DeadLetter d = new DeadLetter(refused.reason(), refused.detail(), m == null ? null : m.topic(),
                    m == null ? -1 : m.partition(), m == null ? -1 : m.offset(), r.key(), r.value());
            String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
            context.forward(r.withKey(key).withValue(Intake.refused(d)));
        }
    }
}

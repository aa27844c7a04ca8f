package dev.retain.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retain.engine.alert.RejectReason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A refused usage event on the dead-letter topic: {@code {"reason", "detail", "topic", "partition",
 * "offset", "key", "value"}} — the record as it came when it is UTF-8 text, else {@code value_base64}.
 */
record DeadLetter(RejectReason reason, String detail, String topic, int partition, long offset, byte[] key, byte[] value) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    byte[] json() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("reason", reason.code());
        n.put("detail", detail);
        n.put("topic", topic);
        n.put("partition", partition);
        n.put("offset", offset);
        putBytes(n, "key", key);
        putBytes(n, "value", value);
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putBytes(ObjectNode n, String field, byte[] bytes) {
        if (bytes == null) {
            n.putNull(field);
            return;
        }
        try {
            n.put(field, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            n.put(field + "_base64", Base64.getEncoder().encodeToString(bytes));
        }
    }
}

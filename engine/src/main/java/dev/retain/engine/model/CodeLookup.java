package dev.retain.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Case-insensitive parse of the lower-case codes the CSV contract uses for enums. */
final class CodeLookup {

    private CodeLookup() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String code) {
        if (code != null) {
            String wanted = code.trim().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("/"));
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "' (expected " + allowed + ")");
    }
}

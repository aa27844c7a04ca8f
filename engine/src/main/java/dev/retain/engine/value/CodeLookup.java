package dev.retain.engine.value;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Case-insensitive parse of the lower-case codes the CSV contract uses for enums. */
final class CodeLookup {

    private CodeLookup() {
    }

    private static final java.util.Map<Class<?>, java.util.Map<String, Object>> EXACT = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> E of(Class<E> type, String code) {
        // the exact lower-case code is by far the most common spelling: look it up directly
        Object exact = EXACT.computeIfAbsent(type, t -> {
            java.util.Map<String, Object> m = new java.util.HashMap<>();
            for (E e : type.getEnumConstants()) m.put(e.name().toLowerCase(Locale.ROOT), e);
            return m;
        }).get(code);
        if (exact != null) return (E) exact;
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

package dev.retain.engine.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns repeated codes (regions, groups) as small ints for compact per-subscriber arrays. */
public final class Interner {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    public int id(String value) {
        if (value == null) return -1;
        Integer id = ids.get(value);
        if (id != null) return id;
        int next = values.size();
        ids.put(value, next);
        values.add(value);
        return next;
    }

    public String value(int id) {
        return id < 0 ? null : values.get(id);
    }
}

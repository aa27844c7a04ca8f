package dev.retain.engine.care;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The care calendar's entry points: the moments due for one subscriber on a day, or for many
 * (columns, in parallel chunks). Both run the same {@link CareDay#forEachDue}.
 */
public final class KeyMoments {

    private static final int CHUNK = 1 << 16;

    private KeyMoments() {
    }

    /** The moments due for one subscriber on {@code day}'s run. */
    public static List<DueMoment> dueFor(CareFacts facts, CareDay day) {
        CareColumns one = CareColumns.of(List.of(facts), day.lunar());
        List<DueMoment> due = new ArrayList<>();
        day.forEachDue(one, 0, 1, (row, m) -> due.add(m));
        return due;
    }

    /** The moments due for every row, in row order; chunks run on the common fork-join pool. */
    public static DueMoments dueForAll(CareColumns columns, CareDay day) {
        int chunks = (columns.size() + CHUNK - 1) / CHUNK;
        DueMoments.Buffer[] parts = new DueMoments.Buffer[chunks];
        IntStream.range(0, chunks).parallel().forEach(i -> {
            DueMoments.Buffer buffer = new DueMoments.Buffer();
            day.forEachDue(columns, i * CHUNK, Math.min(columns.size(), (i + 1) * CHUNK), buffer);
            parts[i] = buffer;
        });
        return DueMoments.concat(parts);
    }
}

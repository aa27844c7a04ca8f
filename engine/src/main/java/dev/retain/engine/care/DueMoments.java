package dev.retain.engine.care;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The moments a run found due: row and moment side by side, in row order. */
public final class DueMoments {

    private final int[] rows;
    private final DueMoment[] moments;
    private final int size;

    DueMoments(int[] rows, DueMoment[] moments, int size) {
        this.rows = rows;
        this.moments = moments;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public int row(int i) {
        return rows[i];
    }

    public DueMoment moment(int i) {
        return moments[i];
    }

    public void forEach(MomentSink sink) {
        for (int i = 0; i < size; i++) sink.accept(rows[i], moments[i]);
    }

    public Map<MomentKind, Integer> countByKind() {
        Map<MomentKind, Integer> counts = new EnumMap<>(MomentKind.class);
        for (int i = 0; i < size; i++) counts.merge(moments[i].kind(), 1, Integer::sum);
        return counts;
    }

    static DueMoments concat(Buffer[] parts) {
        int total = 0;
        for (Buffer b : parts) total += b.size;
        int[] rows = new int[total];
        DueMoment[] moments = new DueMoment[total];
        int at = 0;
        for (Buffer b : parts) {
            System.arraycopy(b.rows, 0, rows, at, b.size);
            System.arraycopy(b.moments, 0, moments, at, b.size);
            at += b.size;
        }
        return new DueMoments(rows, moments, total);
    }

    /** One chunk's moments as they are found. */
    static final class Buffer implements MomentSink {
        private int[] rows = new int[256];
        private DueMoment[] moments = new DueMoment[256];
        private int size;

        @Override
        public void accept(int row, DueMoment moment) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                moments = Arrays.copyOf(moments, size * 2);
            }
            rows[size] = row;
            moments[size++] = moment;
        }
    }
}

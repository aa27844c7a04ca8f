package dev.retain.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Tells Spark's Kryo how to move the job's own figures: Java records cannot be rebuilt field by field by
 * Kryo 4 (the JDK refuses it the field offsets), so they travel by Java serialization. They are few per
 * partition; the province's rows themselves travel as byte arrays, which Kryo moves directly.
 */
public final class JobClasses implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        JavaSerializer java = new JavaSerializer();
        for (Class<?> c : new Class<?>[] {SliceFigures.class, SliceFigures.LoadCount.class, SliceFigures.RequestRow.class,
                SliceFigures.AssignmentRow.class, SliceFigures.TaskKey.class, Rejected.class,
                dev.retain.engine.cycle.ChurnBaseRates.class, dev.retain.engine.grade.RfmCuts.class, JobConfig.class}) {
            kryo.register(c, java);
        }
    }
}

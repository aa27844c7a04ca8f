package dev.retain.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;

import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

class SparkSessionsTests {

    private static final StructType ALL_STRINGS = new StructType()
            .add("msisdn", DataTypes.StringType)
            .add("name", DataTypes.StringType)
            .add("arpu", DataTypes.StringType);

    private static final StructType NUMBERED = ALL_STRINGS.add("ordinal", DataTypes.LongType, false);

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.local(2);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theLocalSessionIsBoundToLoopbackWithoutAUi() {
        var conf = spark.sparkContext().getConf();
        assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
        assertThat(spark.sparkContext().appName()).isEqualTo("retain-cycle");
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
        assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
        assertThat(conf.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
        assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("4");
        assertThat(spark.sparkContext().uiWebUrl().isEmpty()).isTrue();
    }

    @Test
    void readsACsvAsStringsInFileOrderAndRoundTripsItThroughParquet() throws IOException {
        Path csv = dir.resolve("subscribers.csv");
        Files.writeString(csv, String.join("\n",
                "msisdn,name,arpu",
                "01380000001,Wang Fang,128.50",
                "13800000002,\"Li, Wei\",88",
                "13800000003,Zhang Min,",
                "00861380004,Liu Yang,0.10",
                "13800000005,Chen Jing,1024.00") + "\n", StandardCharsets.UTF_8);

        Dataset<Row> read = spark.read()
                .option("header", "true")
                .schema(ALL_STRINGS)
                .csv(csv.toString());
        Dataset<Row> numbered = spark.createDataFrame(read.javaRDD().zipWithIndex().map(SparkSessionsTests::withOrdinal),
                NUMBERED);

        List<Row> rows = numbered.collectAsList();
        assertThat(rows).extracting(r -> r.getLong(3)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(rows).extracting(r -> r.getString(0))
                .containsExactly("01380000001", "13800000002", "13800000003", "00861380004", "13800000005");
        assertThat(rows.get(1).getString(1)).isEqualTo("Li, Wei");
        assertThat(rows.get(0).getString(2)).isEqualTo("128.50");
        assertThat(rows.get(2).isNullAt(2)).isTrue();

        String parquet = dir.resolve("subscribers.parquet").toString();
        numbered.write().parquet(parquet);
        Dataset<Row> back = spark.read().parquet(parquet);

        assertThat(back.schema()).isEqualTo(NUMBERED.asNullable());
        assertThat(back.orderBy("ordinal").collectAsList()).containsExactlyElementsOf(rows);
    }

    @Test
    void sparksKryoWorksBesideTheEnginesXgboost() throws ClassNotFoundException {
        // Spark shuffles with Kryo (spark.serializer, or by itself for strings and primitives); xgboost4j's Booster is
        // KryoSerializable, so both load against the one Kryo on the class path: Spark's kryo-shaded 4, as on a cluster
        Class.forName("ml.dmlc.xgboost4j.java.Booster");
        SerializerInstance kryo = new KryoSerializer(spark.sparkContext().getConf()).newInstance();
        ClassTag<String[]> tag = ClassTag$.MODULE$.apply(String[].class);

        String[] back = kryo.deserialize(kryo.serialize(new String[] {"01380000001", "Li, Wei"}, tag), tag);

        assertThat(back).containsExactly("01380000001", "Li, Wei");
    }

    private static Row withOrdinal(Tuple2<Row, Long> numbered) {
        Row row = numbered._1();
        return RowFactory.create(row.getString(0), row.getString(1), row.getString(2), numbered._2());
    }
}

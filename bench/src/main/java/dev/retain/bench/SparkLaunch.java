package dev.retain.bench;

import java.util.List;

/**
 * The JVM flags Spark 4.1 needs on Java 17 (its launcher's own list, org.apache.spark.launcher.JavaModuleOptions,
 * which spark-submit adds itself and spark/pom.xml gives its tests), for running the job in local mode without spark-submit.
 */
final class SparkLaunch {

    private SparkLaunch() {
    }

    static List<String> jvmFlags() {
        return List.of(
                "-XX:+IgnoreUnrecognizedVMOptions",
                "--add-modules=jdk.incubator.vector",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
                "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
                "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
                "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
                "-Dio.netty.tryReflectionSetAccessible=true",
                "-Dio.netty.allocator.type=pooled",
                "-Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE",
                "--enable-native-access=ALL-UNNAMED");
    }
}

package dev.retain.spark;

import dev.retain.engine.cycle.ChurnModelSource;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/**
 * What every partition needs to run the cycle as the driver does, in a form Spark ships to executors: the
 * month, the settings' values, the rules' text, the saved model's files and the reference files. Each
 * executor compiles the rules and writes the model files once per JVM.
 */
record JobConfig(YearMonth month, Map<String, String> settingValues, String settingsSource, String rulesText, String rulesSource,
                 Map<String, byte[]> modelFiles, Map<ContractFile, byte[]> headers, Map<ContractFile, byte[]> references,
                 Map<String, String> hadoop) implements Serializable {

    /** The driver's Hadoop settings (spark.hadoop.*: S3 credentials, HDFS name services) on an executor, to write the outputs. */
    org.apache.hadoop.conf.Configuration hadoopConfiguration() {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration(false);
        hadoop.forEach(conf::set);
        return conf;
    }

    CycleSettings settings() {
        return SettingsLoader.fromValues(settingValues, settingsSource).withMaxRejectRate(1.0);
    }

    RuleSet rules() {
        return rulesText == null ? new RuleSetLoader().loadDefaults() : new RuleSetLoader().load(rulesSource, new StringReader(rulesText));
    }

    /** The saved model, in a folder of this JVM's (written on first use); without one the zones' base rates score. */
    ChurnModelSource model() {
        if (modelFiles == null) return new ChurnModelSource.BaseRates();
        return new ChurnModelSource.Saved(ModelFolder.of(modelFiles));
    }

    /** One folder per model per executor JVM, deleted when the JVM ends. */
    static final class ModelFolder {
        private static final Map<String, Path> FOLDERS = new java.util.concurrent.ConcurrentHashMap<>();

        static Path of(Map<String, byte[]> files) {
            return FOLDERS.computeIfAbsent(digest(files), k -> {
                try {
                    Path dir = Files.createTempDirectory("retain-model");
                    for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
                    dir.toFile().deleteOnExit();
                    files.keySet().forEach(name -> dir.resolve(name).toFile().deleteOnExit());
                    return dir;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The files' names and contents, hashed: one job's model never stands in for another's. */
        private static String digest(Map<String, byte[]> files) {
            try {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    sha.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(e.getValue());
                });
                return java.util.HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

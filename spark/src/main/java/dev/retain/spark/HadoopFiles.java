package dev.retain.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Small files the driver reads whole from any Hadoop-compatible path: settings, rules, the saved model's files. */
final class HadoopFiles {

    private HadoopFiles() {
    }

    static String readText(Configuration conf, String path) throws IOException {
        return new String(readBytes(conf, new Path(path)), StandardCharsets.UTF_8);
    }

    /** Every plain file of a folder by name (the churn model's model.json and xgboost.json). */
    static Map<String, byte[]> readFolder(Configuration conf, String folder) throws IOException {
        Path dir = new Path(folder);
        FileSystem fs = dir.getFileSystem(conf);
        if (!fs.getFileStatus(dir).isDirectory()) throw new IOException(folder + " is not a folder of model files");
        Map<String, byte[]> files = new HashMap<>();
        for (FileStatus f : fs.listStatus(dir)) {
            if (f.isFile()) files.put(f.getPath().getName(), readBytes(conf, f.getPath()));
        }
        return files;
    }

    private static byte[] readBytes(Configuration conf, Path path) throws IOException {
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return in.readAllBytes();
        }
    }
}

package dev.retain.engine.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a loader finds the contract's files: a folder on one machine, or the rows of one partition
 * of a province that the Spark job hands over in memory, with each row's line in the original file.
 */
public interface InputFiles {

    /** What the files are, for messages ("input folder not found: …"). */
    String describe();

    /** Whether the folder or the partition exists at all. */
    boolean present();

    boolean exists(String file);

    /** The file's size in bytes (progress and table sizing); 0 when unknown. */
    long size(String file) throws IOException;

    InputStream open(String file) throws IOException;

    /** The line in the original file of a line of what {@link #open} returns (1 is the header). */
    long originalLine(String file, long line);

    /**
     * The files of an input folder in the format it holds: a folder with {@code subscribers.parquet} and no
     * {@code subscribers.csv} is a Parquet folder (each contract file read from its {@code .parquet} when that exists,
     * docs/data-formats.md "Parquet"); any other folder is read as CSV.
     */
    static InputFiles of(Path dir) {
        if (dev.retain.engine.parquet.ParquetInputFiles.isParquetFolder(dir, ContractColumns.SUBSCRIBERS)) {
            return new dev.retain.engine.parquet.ParquetInputFiles(dir);
        }
        return folder(dir);
    }

    /** The files of a folder, lines as they are. */
    static InputFiles folder(Path dir) {
        return new InputFiles() {
            @Override
            public String describe() {
                return dir.toString();
            }

            @Override
            public boolean present() {
                return Files.isDirectory(dir);
            }

            @Override
            public boolean exists(String file) {
                return Files.exists(dir.resolve(file));
            }

            @Override
            public long size(String file) throws IOException {
                return Files.size(dir.resolve(file));
            }

            @Override
            public InputStream open(String file) throws IOException {
                return Files.newInputStream(dir.resolve(file));
            }

            @Override
            public long originalLine(String file, long line) {
                return line;
            }
        };
    }
}

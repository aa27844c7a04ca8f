package dev.retain.engine.parquet;

import dev.retain.engine.csv.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The rows of Parquet part files as CSV lines, one row at a time: the first part's column names are the header; a
 * later part's columns are matched by name (a column it lacks is empty in its rows). Nested or repeated columns
 * are refused: the contract's files are flat tables.
 */
final class ParquetCsvStream extends InputStream {

    private final Iterator<Path> parts;
    private final ConcurrentSkipListMap<Long, Long> shifts;
    private final List<String> header = new ArrayList<>();

    private Path part;
    private ParquetFileReader reader;
    private MessageType schema;
    private MessageColumnIO columnIO;
    private int[] fields;
    private PrimitiveType[] types;
    private RecordReader<Group> records;
    private long rowsLeft;

    private byte[] buffer = new byte[0];
    private int position;
    /** The CSV line the next row starts on: the header is line 1. */
    private long nextLine = 2;
    private long extraLines;
    private boolean done;
    private boolean closed;

    ParquetCsvStream(List<Path> parts, ConcurrentSkipListMap<Long, Long> shifts) throws IOException {
        this.parts = parts.iterator();
        this.shifts = shifts;
        if (!openNextPart()) throw new IOException("no Parquet files");
        for (Type t : schema.getFields()) header.add(t.getName());
        matchColumns();
        buffer = line(header);
    }

    private boolean openNextPart() throws IOException {
        closeReader();
        if (!parts.hasNext()) return false;
        part = parts.next();
        try {
            reader = ParquetFileReader.open(new LocalInputFile(part));
            schema = reader.getFooter().getFileMetaData().getSchema();
            columnIO = new ColumnIOFactory().getColumnIO(schema);
        } catch (RuntimeException e) {
            throw new IOException(part.getFileName() + " is not a readable Parquet file: " + e.getMessage(), e);
        }
        records = null;
        rowsLeft = 0;
        if (!header.isEmpty()) matchColumns();
        return true;
    }

    /** Where each header column is in the current part, and its type. */
    private void matchColumns() throws IOException {
        fields = new int[header.size()];
        types = new PrimitiveType[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!schema.containsField(name)) {
                fields[i] = -1;
                continue;
            }
            int f = schema.getFieldIndex(name);
            Type t = schema.getType(f);
            if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
                throw new IOException(part.getFileName() + ": column " + name + " is nested or repeated; only flat columns are read");
            }
            fields[i] = f;
            types[i] = t.asPrimitiveType();
        }
    }

    private static byte[] line(List<String> values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) s.append(',');
            s.append(CsvWriter.escape(values.get(i)));
        }
        return s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The next row's line into the buffer; false at the end of the last part. */
    private boolean nextRow() throws IOException {
        while (true) {
            if (records != null && rowsLeft > 0) {
                Group row;
                try {
                    row = records.read();
                } catch (RuntimeException e) {
                    throw new IOException(part.getFileName() + ": " + e.getMessage(), e);
                }
                rowsLeft--;
                StringBuilder s = new StringBuilder();
                int breaks = 0;
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) s.append(',');
                    if (fields[i] < 0) continue;
                    String v = ParquetValues.text(row, fields[i], types[i]);
                    for (int c = 0; c < v.length(); c++) if (v.charAt(c) == '\n') breaks++;
                    s.append(CsvWriter.escape(v));
                }
                buffer = s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
                position = 0;
                nextLine += 1 + breaks;
                if (breaks > 0) {
                    // the lines after this row are that many ahead of the rows: map them back (row k is line k + 2)
                    extraLines += breaks;
                    shifts.put(nextLine, extraLines);
                }
                return true;
            }
            PageReadStore group;
            try {
                group = reader == null ? null : reader.readNextRowGroup();
            } catch (RuntimeException e) {
                throw new IOException(part.getFileName() + ": " + e.getMessage(), e);
            }
            if (group != null) {
                rowsLeft = group.getRowCount();
                records = columnIO.getRecordReader(group, new GroupRecordConverter(schema));
                continue;
            }
            if (!openNextPart()) return false;
        }
    }

    private boolean fill() throws IOException {
        if (closed) throw new IOException("stream closed");
        while (position >= buffer.length) {
            if (done) return false;
            if (!nextRow()) {
                done = true;
                closeReader();
                return false;
            }
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) return -1;
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        int n = 0;
        while (n < len && fill()) {
            int k = Math.min(len - n, buffer.length - position);
            System.arraycopy(buffer, position, b, off + n, k);
            position += k;
            n += k;
        }
        return n == 0 ? -1 : n;
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            ParquetFileReader r = reader;
            reader = null;
            r.close();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        closeReader();
    }
}

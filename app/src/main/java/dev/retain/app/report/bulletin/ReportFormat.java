package dev.retain.app.report.bulletin;

import java.util.Arrays;
import java.util.Optional;

/** The files a report is exported as. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String code;
    private final String mediaType;

    ReportFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    /** As in the {@code format} parameter, the file's extension and the stored row. */
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ReportFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}

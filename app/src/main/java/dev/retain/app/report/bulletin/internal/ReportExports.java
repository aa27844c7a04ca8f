package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.BulletinReport;
import dev.retain.app.report.bulletin.ReportFormat;
import org.springframework.stereotype.Component;

/** Writes a built report in one of its formats. */
@Component
public class ReportExports {

    private final PdfExport pdf;
    private final XlsxExport xlsx;

    ReportExports(PdfExport pdf, XlsxExport xlsx) {
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    public byte[] write(BulletinReport report, ReportFormat format) {
        return switch (format) {
            case PDF -> pdf.write(report);
            case XLSX -> xlsx.write(report);
        };
    }
}

package dev.retain.app.core.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox) with a CJK font embedded: Noto Sans SC, regular and bold, from the
 * {@code com.helger.font:ph-fonts-noto-sans-sc} jar (SIL Open Font License 1.1). Only the glyphs a document uses are
 * embedded (a subset), so a statement stays small although each font file is 10 MB. A page's CSS names the family
 * {@value #FONT_FAMILY}; without an embedded font, Chinese would print as '#' on a machine without CJK fonts.
 *
 * <p>The two font files are read once, on the first PDF, and kept as bytes (about 20 MB): each PDF parses its
 * font from memory, never from the jar again. The input must be well-formed XHTML (openhtmltopdf's parser is an XML
 * parser): write templates with closed empty elements, and let Thymeleaf escape every value ({@code th:text}).
 */
@Component
public class PdfDocuments {

    /** The family a document's CSS names for its text. */
    public static final String FONT_FAMILY = "Noto Sans SC";

    private static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

    static {
        // openhtmltopdf reports every font and image it resolves at INFO; warnings are enough
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private volatile byte[] regular;
    private volatile byte[] bold;

    /** The PDF of {@code xhtml} (well-formed; its CSS inline, since nothing is fetched). */
    public byte[] render(String xhtml) {
        byte[] r = regular();
        byte[] b = bold();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(r), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(b), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xmlSafe(xhtml), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Without the characters XML 1.0 forbids (control characters typed into a title): the parser would refuse the page. */
    static String xmlSafe(String xhtml) {
        return XML_FORBIDDEN.matcher(xhtml).replaceAll("");
    }

    private static final java.util.regex.Pattern XML_FORBIDDEN =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private byte[] regular() {
        byte[] font = regular;
        if (font == null) {
            synchronized (this) {
                if (regular == null) regular = read(REGULAR);
                font = regular;
            }
        }
        return font;
    }

    private byte[] bold() {
        byte[] font = bold;
        if (font == null) {
            synchronized (this) {
                if (bold == null) bold = read(BOLD);
                font = bold;
            }
        }
        return font;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the font " + resource + " is not on the classpath (com.helger.font:ph-fonts-noto-sans-sc)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * The PDF's charts, drawn in Java (ECharts runs only in a browser): bars and lines, with the Noto Sans SC font the PDF
 * embeds loaded from its jar, so Chinese labels draw on a headless machine without fonts. JPEG, not PNG: PDFBox embeds
 * a JPEG's bytes as they are, while it re-compresses every pixel of a PNG (seconds for a report's dozen charts); at
 * 1050 × 420 pixels for 170 mm of page (about 160 dpi) and quality 0.92 the lines and labels stay clean.
 */
@Component
public class ChartImages {

    private static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    /** Drawn on a 1400 × 560 plan, scaled to the image. */
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 560;
    private static final double SCALE = 0.75;
    private static final float QUALITY = 0.92f;
    private static final int LEFT = 110, RIGHT = 40, TOP = 40, BOTTOM = 90;
    /** The ECharts palette of the pages, so a chart looks the same on paper. */
    private static final Color[] PALETTE = {new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858), new Color(0xee6666),
            new Color(0x73c0de), new Color(0x3ba272), new Color(0xfc8452), new Color(0x9a60b4)};
    /** The zones' own colours for a bar chart of the five zones. */
    private static final Color[] ZONES = {new Color(0x3b82f6), new Color(0x22c55e), new Color(0xeab308), new Color(0xef4444), new Color(0x9ca3af)};

    private volatile Font font;

    /** The chart as JPEG bytes (its title is the PDF's heading above it, as text). */
    public byte[] jpeg(Chart chart, ReportWords words) {
        BufferedImage image = new BufferedImage((int) (WIDTH * SCALE), (int) (HEIGHT * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            double max = chart.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
            double min = Math.min(0, chart.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0));
            double top = niceTop(max);
            axes(g, chart.categories(), min, top, words);
            if (chart.type() == Chart.Type.BAR) bars(g, chart, min, top, words);
            else lines(g, chart, min, top);
            legend(g, chart.series());
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static double niceTop(double max) {
        if (max <= 0) return 1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) if (step * magnitude >= max) return step * magnitude;
        return 10 * magnitude;
    }

    private static int y(double value, double min, double top) {
        return (int) Math.round(HEIGHT - BOTTOM - (value - min) / (top - min) * (HEIGHT - TOP - BOTTOM));
    }

    private void axes(Graphics2D g, List<String> categories, double min, double top, ReportWords words) {
        g.setFont(font().deriveFont(Font.PLAIN, 22f));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= 4; i++) {
            double v = min + (top - min) * i / 4;
            int y = y(v, min, top);
            g.setColor(new Color(0xe5e7eb));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.GRAY);
            String label = Math.abs(v - Math.rint(v)) < 1e-9 ? words.count(Math.round(v)) : words.decimal(v);
            g.drawString(label, LEFT - 12 - fm.stringWidth(label), y + fm.getAscent() / 2 - 2);
        }
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, categories.size());
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            int x = (int) (LEFT + slot * i + slot / 2 - fm.stringWidth(c) / 2.0);
            g.drawString(c, x, HEIGHT - BOTTOM + 32);
        }
    }

    private void bars(Graphics2D g, Chart chart, double min, double top, ReportWords words) {
        int n = chart.categories().size();
        int seriesCount = Math.max(1, chart.series().size());
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, n);
        double barWidth = slot * 0.6 / seriesCount;
        g.setFont(font().deriveFont(Font.PLAIN, 20f));
        FontMetrics fm = g.getFontMetrics();
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            for (int i = 0; i < n && i < series.values().size(); i++) {
                Double v = series.values().get(i);
                if (v == null) continue;
                int x = (int) (LEFT + slot * i + slot * 0.2 + barWidth * s);
                int y = y(v, min, top);
                int base = y(0, min, top);
                g.setColor(seriesCount == 1 && n == ZONES.length ? ZONES[i] : PALETTE[s % PALETTE.length]);
                g.fillRect(x, Math.min(y, base), (int) barWidth, Math.abs(base - y));
                g.setColor(Color.DARK_GRAY);
                String label = words.count(Math.round(v));
                g.drawString(label, (int) (x + barWidth / 2 - fm.stringWidth(label) / 2.0), Math.min(y, base) - 6);
            }
        }
    }

    private void lines(Graphics2D g, Chart chart, double min, double top) {
        int n = chart.categories().size();
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, n);
        g.setStroke(new BasicStroke(4f));
        for (int s = 0; s < chart.series().size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            List<Double> values = chart.series().get(s).values();
            Integer px = null, py = null;
            for (int i = 0; i < n && i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null) {
                    px = null;
                    continue;
                }
                int x = (int) (LEFT + slot * i + slot / 2);
                int y = y(v, min, top);
                if (px != null) g.drawLine(px, py, x, y);
                g.fillOval(x - 7, y - 7, 14, 14);
                px = x;
                py = y;
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private void legend(Graphics2D g, List<Series> series) {
        g.setFont(font().deriveFont(Font.PLAIN, 22f));
        FontMetrics fm = g.getFontMetrics();
        int x = LEFT;
        int y = HEIGHT - 24;
        for (int s = 0; s < series.size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            g.fillRect(x, y - 16, 28, 16);
            g.setColor(Color.DARK_GRAY);
            g.drawString(series.get(s).name(), x + 36, y);
            x += 36 + fm.stringWidth(series.get(s).name()) + 40;
        }
    }

    private Font font() {
        Font f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) font = load();
                f = font;
            }
        }
        return f;
    }

    private static Font load() {
        try (InputStream in = ChartImages.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException("the font " + FONT + " is not on the classpath (com.helger.font:ph-fonts-noto-sans-sc)");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + FONT + " cannot be read", e);
        }
    }
}

package dev.retain.app.cli;

import dev.retain.engine.progress.Progress;
import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second, and only when
 * stderr is a terminal: in CI logs and pipes it stays silent.
 */
final class TerminalProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private long lastDraw;
    private String lastPhase = "";

    TerminalProgress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    static TerminalProgress forConsole() {
        return new TerminalProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void update(String phase, long done, long total) {
        if (!enabled) return;
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (phase.equals(lastPhase) && !finished && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        lastPhase = phase;
        StringBuilder line = new StringBuilder("\r\033[K").append(String.format("%-28s", phase));
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append(" [").append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3d%%", Math.min(100, 100 * done / total)));
        } else {
            line.append(' ').append(done);
        }
        out.print(line);
        out.flush();
    }

    /** Clears the bar before the closing line is printed. */
    synchronized void clear() {
        if (enabled) {
            out.print("\r\033[K");
            out.flush();
        }
    }
}

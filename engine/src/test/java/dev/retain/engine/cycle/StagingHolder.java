package dev.retain.engine.cycle;

import java.nio.file.Path;

/**
 * A stand-in for a cycle that is killed half-way: run in a child JVM, it opens a staging
 * folder in the given output folder, says where, and waits to be killed.
 */
public final class StagingHolder {

    private StagingHolder() {
    }

    public static void main(String[] args) throws Exception {
        OutputDirectory out = new OutputDirectory(Path.of(args[0]));
        System.out.println("staging " + out.staging());
        System.out.flush();
        Thread.sleep(600_000);
    }
}

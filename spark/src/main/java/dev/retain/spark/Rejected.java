package dev.retain.spark;

import java.io.Serializable;

/** A row the engine rejected: its file, its line there, and the rejects report's line for it (file,line,column,reason,raw). */
record Rejected(String file, long line, String reportLine) implements Serializable {
}

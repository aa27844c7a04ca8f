package dev.retain.spark;

import java.io.Serializable;

/** One row of an input file as the engine reads it: the file, its line in that file (the header is line 1), its CSV bytes. */
record InputLine(ContractFile file, long line, byte[] bytes) implements Serializable {
}

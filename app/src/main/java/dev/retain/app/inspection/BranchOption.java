package dev.retain.app.inspection;

/** A branch a round may be drawn in: region and branch codes. */
public record BranchOption(String region, String branch) {

    /** The form's value: region and branch, which never contain the separator. */
    public String value() {
        return region + "|" + branch;
    }
}

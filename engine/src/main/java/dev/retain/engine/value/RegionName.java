package dev.retain.engine.value;

/**
 * The display names of a region (城市, {@code branch} empty) or of one of its branches
 * (区县), as regions.csv gives them: Chinese and English.
 */
public record RegionName(String region, String branch, String nameZh, String nameEn) {

    public RegionName {
        if (branch == null) branch = "";
    }

    /** Whether this row names the region itself rather than a branch. */
    public boolean isRegion() {
        return branch.isEmpty();
    }
}

package dev.retain.app.assignment;

/** A manager with how many customers they have now and how many they may have (R3.1). */
public record ManagerLoad(String managerId, String name, String role, String region, boolean active, long load,
                          long capacity) {

    public boolean hasRoom() {
        return load < capacity;
    }

    /** Load as a share of capacity, for balancing and for the progress bars. */
    public double fill() {
        return capacity == 0 ? 1.0 : (double) load / capacity;
    }

    public int percent() {
        return (int) Math.min(100, Math.round(fill() * 100));
    }
}

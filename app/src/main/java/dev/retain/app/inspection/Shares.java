package dev.retain.app.inspection;

/**
 * A group's counts in a round (all, one manager, one stratum): sampled, inspected, and how many of the inspected had
 * each finding right. Shares are of the inspected, null while none is.
 */
public record Shares(String key, String label, int sampled, int inspected, int profileCorrect, int knowsManager, int serviceReceived) {

    public Double profileCorrectShare() {
        return share(profileCorrect);
    }

    public Double knowsManagerShare() {
        return share(knowsManager);
    }

    public Double serviceReceivedShare() {
        return share(serviceReceived);
    }

    private Double share(int n) {
        return inspected == 0 ? null : 100.0 * n / inspected;
    }
}

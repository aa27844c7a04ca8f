package dev.retain.synth;

/** The three consumer brands, with their share of the base. */
enum Brand {
    GOTONE("gotone", 0.20),
    MZONE("mzone", 0.30),
    EASYOWN("easyown", 0.50);

    final String code;
    final double share;

    Brand(String code, double share) {
        this.code = code;
        this.share = share;
    }
}

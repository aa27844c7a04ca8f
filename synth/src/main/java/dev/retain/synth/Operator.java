package dev.retain.synth;

/** Operators a call peer can be on, with their number ranges. */
enum Operator {
    CMCC("cmcc", new int[] {134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159,
            172, 178, 182, 183, 184, 187, 188, 195, 197, 198}),
    UNICOM("unicom", new int[] {130, 131, 132, 155, 156, 166, 175, 176, 185, 186}),
    TELECOM("telecom", new int[] {133, 149, 153, 173, 177, 180, 181, 189, 191, 199}),
    // Virtual operators (170/171/162/165/167 ranges) and fixed lines are reported as "other".
    OTHER("other", new int[] {162, 165, 167, 170, 171});

    final String code;
    final int[] prefixes;

    Operator(String code, int[] prefixes) {
        this.code = code;
        this.prefixes = prefixes;
    }
}

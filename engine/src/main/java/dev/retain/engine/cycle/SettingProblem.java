package dev.retain.engine.cycle;

import java.util.List;

/**
 * Why a typed value is refused. {@code args} fill the message: the range for
 * {@link Code#OUT_OF_RANGE}, the number of decimals allowed for {@link Code#TOO_MANY_DECIMALS}.
 * The app shows the code in the user's language; {@link #describe()} is the command line's English.
 */
public record SettingProblem(Code code, List<String> args) {

    public enum Code {
        REQUIRED, NOT_A_NUMBER, NOT_WHOLE, TOO_MANY_DECIMALS, OUT_OF_RANGE, NO_BRAND, UNKNOWN_BRAND, UNKNOWN_TIME_ZONE;

        /** The code as message keys write it: {@code out-of-range}. */
        public String messageKey() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public SettingProblem {
        args = List.copyOf(args);
    }

    static SettingProblem of(Code code, String... args) {
        return new SettingProblem(code, List.of(args));
    }

    public String describe() {
        return switch (code) {
            case REQUIRED -> "a value is required";
            case NOT_A_NUMBER -> "not a number";
            case NOT_WHOLE -> "not a whole number";
            case TOO_MANY_DECIMALS -> "at most " + args.get(0) + " decimals";
            case OUT_OF_RANGE -> "must be between " + args.get(0) + " and " + args.get(1);
            case NO_BRAND -> "at least one brand (gotone, mzone, easyown)";
            case UNKNOWN_BRAND -> "unknown brand (expected gotone, mzone, easyown)";
            case UNKNOWN_TIME_ZONE -> "not a time zone such as Asia/Shanghai";
        };
    }
}

package dev.retain.engine.load;

import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import java.util.regex.Pattern;

/** subscribers.csv's optional {@code lat} and {@code lon}: WGS-84 decimal degrees, both or neither. */
final class Coordinates {

    private static final Pattern DEGREES = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,12})?");

    private Coordinates() {
    }

    /** The latitude, or null when both fields are empty. */
    static Double latitude(Fields f, int lat, int lon) throws FieldError {
        return read(f, lat, "lat", lon, "lon", 90);
    }

    /** The longitude, or null when both fields are empty. */
    static Double longitude(Fields f, int lat, int lon) throws FieldError {
        return read(f, lon, "lon", lat, "lat", 180);
    }

    private static Double read(Fields f, int pos, String column, int otherPos, String other, double limit) throws FieldError {
        boolean empty = f.isEmpty(pos);
        if (empty != f.isEmpty(otherPos)) {
            String missing = empty ? column : other;
            throw new FieldError(missing, "lat and lon come together: " + missing + " is empty but " + (empty ? other : column) + " is not");
        }
        if (empty) return null;
        String s = f.optionalText(pos);
        if (!DEGREES.matcher(s).matches()) throw new FieldError(column, "not decimal degrees: '" + s + "'");
        double v = Double.parseDouble(s);
        if (v < -limit || v > limit) throw new FieldError(column, "outside -" + (int) limit + "…" + (int) limit + " degrees: " + s);
        return v;
    }
}

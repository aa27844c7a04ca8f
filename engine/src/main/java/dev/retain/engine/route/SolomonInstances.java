package dev.retain.engine.route;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the standard Solomon VRPTW text format: a name line, {@code VEHICLE / NUMBER CAPACITY / K Q}, then
 * {@code CUSTOMER}, a header line and rows {@code CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME};
 * row 0 is the depot, whose due date closes every vehicle's day. Times and distances are Euclidean and unrounded.
 * A malformed file is refused with its name, line and field.
 */
public final class SolomonInstances {

    private static final String[] FIELDS = {"CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"};

    private SolomonInstances() {
    }

    public static RouteProblem parse(Reader reader, String name) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int vehicles = -1;
        int capacity = -1;
        String section = "";
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int number = 0;
            boolean expectVehicleRow = false;
            while ((line = in.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty()) continue;
                if (text.equals("VEHICLE") || text.equals("CUSTOMER")) {
                    section = text;
                    continue;
                }
                if (section.equals("VEHICLE")) {
                    if (text.startsWith("NUMBER")) {
                        expectVehicleRow = true;
                        continue;
                    }
                    if (!expectVehicleRow) throw error(name, number, "VEHICLE", "expected the NUMBER CAPACITY header, got '" + text + "'");
                    String[] parts = text.split("\\s+");
                    if (parts.length != 2) throw error(name, number, "NUMBER CAPACITY", "expected two numbers, got '" + text + "'");
                    vehicles = integer(parts[0], name, number, "NUMBER");
                    capacity = integer(parts[1], name, number, "CAPACITY");
                    expectVehicleRow = false;
                    continue;
                }
                if (section.equals("CUSTOMER")) {
                    if (text.startsWith("CUST")) continue;
                    String[] parts = text.split("\\s+");
                    if (parts.length != FIELDS.length) {
                        throw error(name, number, "CUSTOMER", "expected " + FIELDS.length + " columns, got " + parts.length + ": '" + text + "'");
                    }
                    rows.add(parts);
                    lineNumbers.add(number);
                }
                // the name line (and anything before VEHICLE) is not data
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        if (vehicles < 0) throw new IllegalArgumentException(name + ": no VEHICLE section with NUMBER and CAPACITY");
        if (rows.isEmpty()) throw new IllegalArgumentException(name + ": no CUSTOMER rows (row 0 is the depot)");
        double[] depot = numbers(rows.get(0), name, lineNumbers.get(0));
        Point depotAt = new Point(depot[1], depot[2]);
        List<Stop> stops = new ArrayList<>(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            double[] v = numbers(rows.get(i), name, lineNumbers.get(i));
            if (v[5] < v[4]) throw error(name, lineNumbers.get(i), "DUE DATE", v[5] + " is before READY TIME " + v[4]);
            stops.add(new Stop(rows.get(i)[0], new Point(v[1], v[2]), v[4], v[5], v[6], (int) v[3]));
        }
        List<Shift> shifts = new ArrayList<>(vehicles);
        for (int k = 1; k <= vehicles; k++) {
            shifts.add(new Shift("v" + k, depotAt, depotAt, depot[4], depot[5], capacity, Optional.empty()));
        }
        return new RouteProblem(shifts, stops, TravelTime.euclidean(), DistanceMetric.euclidean());
    }

    private static double[] numbers(String[] row, String name, int line) {
        double[] values = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            try {
                values[i] = Double.parseDouble(row[i]);
            } catch (NumberFormatException e) {
                throw error(name, line, FIELDS[i], "'" + row[i] + "' is not a number");
            }
            if (values[i] < 0) throw error(name, line, FIELDS[i], row[i] + " is negative");
        }
        if (values[3] != Math.rint(values[3])) throw error(name, line, "DEMAND", row[3] + " is not a whole number");
        return values;
    }

    private static int integer(String text, String name, int line, String field) {
        try {
            int value = Integer.parseInt(text);
            if (value < 0) throw error(name, line, field, text + " is negative");
            return value;
        } catch (NumberFormatException e) {
            throw error(name, line, field, "'" + text + "' is not a whole number");
        }
    }

    private static IllegalArgumentException error(String name, int line, String field, String problem) {
        return new IllegalArgumentException(name + " line " + line + ", " + field + ": " + problem);
    }
}

package dev.retain.app.campaign.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parameter of an offer's kind: its name (the form field {@code param.<name>} and the key in {@code offer.params}),
 * what it holds and its range. {@link #checked} gives the value as stored, or refuses it at its field.
 */
public record OfferParam(String name, Type type, long min, long max) {

    public enum Type {
        /** CNY with at most two decimals. */
        MONEY,
        /** A whole number. */
        COUNT,
        /** A short text (a gift, an add-on's name). */
        TEXT,
        /** Tenure bands in months with the discount each gets: {@code 0-11:100;12-35:300;36+:600} (CNY). */
        BANDS
    }

    private static final Pattern BAND = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3})|\\+)\\s*:\\s*(\\d{1,6}(?:\\.\\d{1,2})?)");

    static OfferParam money(String name, long min, long max) {
        return new OfferParam(name, Type.MONEY, min, max);
    }

    static OfferParam count(String name, long min, long max) {
        return new OfferParam(name, Type.COUNT, min, max);
    }

    static OfferParam text(String name) {
        return new OfferParam(name, Type.TEXT, 1, 100);
    }

    static OfferParam bands(String name) {
        return new OfferParam(name, Type.BANDS, 0, 0);
    }

    public String field() {
        return "param." + name;
    }

    /** The value as stored; refuses a missing or malformed one, or one outside the range. */
    String checked(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) throw refused("offer.error.param.missing");
        return switch (type) {
            case MONEY -> {
                BigDecimal d;
                try {
                    d = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw refused("offer.error.param.money", min, max);
                }
                if (d.scale() > 2 || d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
                    throw refused("offer.error.param.money", min, max);
                }
                yield d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString() : d.stripTrailingZeros().toPlainString();
            }
            case COUNT -> {
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw refused("offer.error.param.count", min, max);
                }
                if (n < min || n > max) throw refused("offer.error.param.count", min, max);
                yield Long.toString(n);
            }
            case TEXT -> {
                if (v.length() > max) throw refused("offer.error.param.text", max);
                yield v;
            }
            case BANDS -> bandsChecked(v);
        };
    }

    /** Bands in ascending order of months, without gaps' overlaps: each starts after the one before ends; the last may be open. */
    private String bandsChecked(String v) {
        List<String> out = new ArrayList<>();
        int nextFrom = 0;
        boolean open = false;
        for (String part : v.split("[;；,，\\n]+")) {
            if (part.isBlank()) continue;
            Matcher m = BAND.matcher(part.strip());
            if (!m.matches() || open) throw refused("offer.error.param.bands");
            int from = Integer.parseInt(m.group(1));
            Integer to = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            if (from < nextFrom || (to != null && to < from)) throw refused("offer.error.param.bands");
            BigDecimal discount = new BigDecimal(m.group(3)).stripTrailingZeros();
            if (discount.signum() <= 0) throw refused("offer.error.param.bands");
            String d = discount.scale() < 0 ? discount.setScale(0).toPlainString() : discount.toPlainString();
            out.add(to == null ? from + "+:" + d : from + "-" + to + ":" + d);
            if (to == null) open = true;
            else nextFrom = to + 1;
        }
        if (out.isEmpty()) throw refused("offer.error.param.bands");
        return String.join(";", out);
    }

    private OfferRefused refused(String code, Object... args) {
        return new OfferRefused(field(), code, args);
    }
}

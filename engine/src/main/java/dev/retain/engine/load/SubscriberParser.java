package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.EmailAddress;
import dev.retain.engine.value.PreferredChannel;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.util.function.Predicate;

/** subscribers.csv → {@link SubscriberRecord}; references to plans and groups are checked when those files exist. */
public final class SubscriberParser implements RowHandler {

    private final RowSink<SubscriberRecord> sink;
    private final Predicate<String> knownPlan;
    private final Predicate<String> knownGroup;
    private int msisdn, name, gender, birthDate, lunar, region, branch, brand, tier, groupId, joinDate, planId,
            minCommit, contractEnd, points, pointsExpiry, consent, dnd, email, preferredChannel, address, lat, lon;

    public SubscriberParser(RowSink<SubscriberRecord> sink, Predicate<String> knownPlan, Predicate<String> knownGroup) {
        this.sink = sink;
        this.knownPlan = knownPlan;
        this.knownGroup = knownGroup;
    }

    @Override
    public void bind(Header h) {
        msisdn = h.position("msisdn");
        name = h.position("name");
        gender = h.position("gender");
        birthDate = h.position("birth_date");
        lunar = h.position("lunar_birthday");
        region = h.position("region");
        branch = h.position("branch");
        brand = h.position("brand");
        tier = h.position("tier");
        groupId = h.position("group_id");
        joinDate = h.position("join_date");
        planId = h.position("plan_id");
        minCommit = h.position("min_commit");
        contractEnd = h.position("contract_end");
        points = h.position("points");
        pointsExpiry = h.position("points_expiry");
        consent = h.position("marketing_consent");
        dnd = h.position("dnd");
        email = h.position("email");
        preferredChannel = h.position("preferred_channel");
        address = h.position("address");
        lat = h.position("lat");
        lon = h.position("lon");
    }

    private static String required(String value, String column) throws FieldError {
        if (value == null) throw new FieldError(column, "required field is empty");
        return value;
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        String g = f.optionalCode(gender);
        if (g != null && !g.equals("M") && !g.equals("F")) throw new FieldError("gender", "not M or F: '" + g + "'");
        String tierText = f.optionalCode(tier);
        Tier t = tierText == null ? null : f.code(tier, "tier", Tier::parse);
        String group = f.optionalCode(groupId);
        if (group != null && !knownGroup.test(group)) throw new FieldError("group_id", "unknown group '" + group + "' (not in groups.csv)");
        String plan = f.optionalCode(planId);
        if (plan != null && !knownPlan.test(plan)) throw new FieldError("plan_id", "unknown plan '" + plan + "' (not in plans.csv)");
        LocalDate join = f.date(joinDate, "join_date");
        LocalDate birth = f.optionalDate(birthDate, "birth_date");
        if (birth != null && birth.isAfter(join.plusYears(1)) && birth.isAfter(LocalDate.of(2100, 1, 1))) {
            throw new FieldError("birth_date", "birth date in the far future: " + birth);
        }
        String emailAddress = f.optionalText(email);
        String problem = emailAddress == null ? null : EmailAddress.problem(emailAddress);
        if (problem != null) throw new FieldError("email", "not an email address: '" + emailAddress + "' (" + problem + ")");
        PreferredChannel preferred = f.optionalCode(preferredChannel) == null ? null
                : f.code(preferredChannel, "preferred_channel", PreferredChannel::parse);
        if (preferred == PreferredChannel.EMAIL && emailAddress == null) {
            throw new FieldError("preferred_channel", "email preferred but the row has no email address");
        }
        SubscriberRecord row = new SubscriberRecord(
                f.msisdn(msisdn, "msisdn"),
                f.requiredText(name, "name"),
                g,
                birth,
                f.optionalBoolean(lunar, "lunar_birthday", false),
                required(f.optionalCode(region), "region"),
                f.optionalCode(branch),
                f.code(brand, "brand", Brand::parse),
                t,
                group,
                join,
                plan,
                f.optionalMoney(minCommit, "min_commit", 0),
                f.optionalDate(contractEnd, "contract_end"),
                f.optionalCount(points, "points", 0),
                f.optionalDate(pointsExpiry, "points_expiry"),
                f.optionalBoolean(consent, "marketing_consent", false),
                f.optionalBoolean(dnd, "dnd", false),
                emailAddress,
                preferred,
                f.optionalText(address),
                Coordinates.latitude(f, lat, lon),
                Coordinates.longitude(f, lat, lon));
        sink.accept(row, line);
        return true;
    }
}

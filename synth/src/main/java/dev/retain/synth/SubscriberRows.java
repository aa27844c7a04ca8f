package dev.retain.synth;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The row layouts of subscribers.csv and usage_monthly.csv. */
final class SubscriberRows {

    static final String SUBSCRIBERS_HEADER = "msisdn,name,gender,birth_date,lunar_birthday,region,branch,brand,tier,"
            + "group_id,join_date,plan_id,min_commit,contract_end,points,points_expiry,marketing_consent,dnd,email,preferred_channel,"
            + "address,lat,lon";
    static final String USAGE_HEADER = "msisdn,month,bill,mou_out,data_mb,sms,state";

    private static final byte[][] STATES = codes(AccountState.values().length, i -> AccountState.values()[i].code());
    private static final byte[][] BRANDS = codes(Brand.values().length, i -> Brand.values()[i].code());
    private static final byte[][] TIERS = codes(Tier.values().length, i -> Tier.values()[i].code());
    private static final byte[] MALE = {'M'};
    private static final byte[] FEMALE = {'F'};

    private final byte[][] months;

    SubscriberRows(byte[][] months) {
        this.months = months;
    }

    void writeSubscriber(Profile p, Trajectory tr, ContactSampler.Contact contact, LocationSampler.Location location, CsvWriter csv)
            throws IOException {
        CataloguePlan plan = tr.currentPlan == null ? p.plan() : tr.currentPlan;
        csv.field(p.msisdn()).field(p.name());
        if (p.gender() == 0) {
            csv.empty();
        } else {
            csv.field(p.gender() == 'M' ? MALE : FEMALE);
        }
        csv.date(p.birthDate());
        if (p.birthDate() == null) {
            csv.empty();
        } else {
            csv.field(p.lunarBirthday());
        }
        csv.field(p.region().code()).field(p.branch()).field(BRANDS[p.brand().ordinal()]);
        if (p.tierKnown()) {
            csv.field(TIERS[p.tier().ordinal()]);
        } else {
            csv.empty();
        }
        if (p.groupId() == null) {
            csv.empty();
        } else {
            csv.field(p.groupId());
        }
        csv.date(p.joinDate()).field(plan.id()).money(minCommitFen(p, plan)).date(p.contractEnd())
                .field(p.points()).date(p.pointsExpiry());
        if (p.marketingConsent() == null) {
            csv.empty();
        } else {
            csv.field(p.marketingConsent());
        }
        csv.field(p.dnd()).field(contact.email()).field(contact.preferred() == null ? null : contact.preferred().code())
                .field(location.address()).fixed(location.latMicro(), 6).fixed(location.lonMicro(), 6).endRow();
    }

    /** The commitment of the plan the subscriber is on now, unless an old agreement says otherwise. */
    static long minCommitFen(Profile p, CataloguePlan current) {
        if (!p.contract()) {
            return 0;
        }
        return p.legacyCommitFen() >= 0 ? p.legacyCommitFen() : current.commitFen();
    }

    /** Writes a row per month the subscriber has one; returns how many. */
    int writeUsage(Profile p, Trajectory tr, CsvWriter csv) throws IOException {
        int rows = 0;
        for (int t = 0; t < tr.months(); t++) {
            if (!tr.present(t)) {
                continue;
            }
            csv.field(p.msisdn()).field(months[t]).money(tr.billFen[t]).field(tr.mou[t])
                    .fixed(tr.dataCenti[t], 2).field(tr.sms[t]).field(STATES[tr.state[t]]).endRow();
            rows++;
        }
        return rows;
    }

    private static byte[][] codes(int n, java.util.function.IntFunction<String> code) {
        byte[][] b = new byte[n][];
        for (int i = 0; i < n; i++) {
            b[i] = code.apply(i).getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }
}

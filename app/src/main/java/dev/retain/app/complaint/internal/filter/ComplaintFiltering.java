package dev.retain.app.complaint.internal.filter;

import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.internal.intake.ComplaintStore;
import dev.retain.engine.complaint.ComplaintFilter;
import dev.retain.engine.complaint.FilterInput;
import dev.retain.engine.complaint.FilterResult;
import dev.retain.engine.complaint.FilterWeights;
import dev.retain.engine.complaint.Principle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.stereotype.Service;

/**
 * Runs the engine's filter over a complaint with the customer's facts and the admin's weights, and
 * stores the score, each principle's contribution and the proposed priority (the handler confirms it).
 */
@Service
public class ComplaintFiltering {

    private final FilterFactsReadModel facts;
    private final FilterSettings settings;
    private final ComplaintStore store;

    public ComplaintFiltering(FilterFactsReadModel facts, FilterSettings settings, ComplaintStore store) {
        this.facts = facts;
        this.settings = settings;
        this.store = store;
    }

    /** Scores the complaint now (in the caller's transaction) and stores the proposal. */
    public FilterResult propose(ComplaintView c) {
        FilterWeights w = settings.current();
        FilterFactsReadModel.CustomerFacts f = facts.of(c.msisdn());
        FilterResult r = ComplaintFilter.score(new FilterInput(f.monthlyBill(), f.tier(), settings.areaWeightOf(c.region(), c.branch()),
                c.repeatCount(), f.competitorShare()), w);
        store.setFilter(c.id(), Math.round(r.score() * 100) / 100.0, json(r.contributions()), r.placement().code());
        return r;
    }

    static String json(Map<Principle, Double> contributions) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (Principle p : Principle.values()) {
            j.add("\"" + p.code() + "\": " + String.format(Locale.ROOT, "%.2f", contributions.getOrDefault(p, 0.0)));
        }
        return j.toString();
    }

    /** The stored contributions back as a map in the principles' order (the detail page shows them). */
    public static Map<Principle, Double> parse(String json) {
        Map<Principle, Double> m = new EnumMap<>(Principle.class);
        if (json == null) return m;
        for (String part : json.replaceAll("[{}\"\\s]", "").split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) m.put(Principle.ofCode(part.substring(0, colon)), Double.parseDouble(part.substring(colon + 1)));
        }
        return m;
    }
}

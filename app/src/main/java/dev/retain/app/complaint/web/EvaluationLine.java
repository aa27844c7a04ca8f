package dev.retain.app.complaint.web;

import dev.retain.engine.complaint.evaluate.Comparison;
import dev.retain.engine.complaint.evaluate.Figures;
import dev.retain.engine.complaint.evaluate.Rate;
import java.util.List;
import java.util.function.Function;

/** One line of the before/after table: the figure's message key, both sides and the change in points. */
record EvaluationLine(String key, Rate before, Rate after, Integer points) {

    static List<EvaluationLine> of(Comparison c) {
        return List.of(line("satisfiedAll", c, Figures::satisfiedAll), line("satisfiedVip", c, Figures::satisfiedVip),
                line("satisfiedRepeat", c, Figures::satisfiedRepeat), line("onTime", c, Figures::onTime),
                line("repeat", c, Figures::repeat));
    }

    private static EvaluationLine line(String key, Comparison c, Function<Figures, Rate> figure) {
        Rate before = figure.apply(c.before()), after = figure.apply(c.after());
        return new EvaluationLine(key, before, after, Comparison.points(before, after));
    }
}

package dev.retain.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC R4.1: warning rules configured without code, checked when loaded, evaluated over the month's facts. */
class RuleSetLoaderTests {

    private static final RuleSetLoader LOADER = new RuleSetLoader();
    private static final RuleSet DEFAULTS = LOADER.loadDefaults();

    private static final String PLAYBOOKS = """
            playbooks:
              calm:
                due_days: 3
                actions: [call]
            """;

    private static RuleSet load(String rules) {
        return LOADER.load("test-rules.yaml", new StringReader(PLAYBOOKS + "rules:\n" + rules));
    }

    private static RuleSetException failure(String rules) {
        return catchThrowableOfType(RuleSetException.class, () -> load(rules));
    }

    private static String rule(String id, String when, String kind, String priority, String playbook) {
        return "  - id: " + id + "\n    when: '" + when + "'\n    kind: " + kind + "\n    priority: " + priority + "\n    playbook: " + playbook + "\n";
    }

    private static WarningRule byId(RuleSet set, String id) {
        return set.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class TheDefaults {

        @Test
        void loadInPriorityOrderWithTheirPlaybooks() {
            assertThat(DEFAULTS.rules()).extracting(WarningRule::id).containsExactly(
                    "white_zone", "repeat_complainant", "yellow_zone", "red_zone", "bill_down_30", "mou_down_50", "competitor_contact",
                    "contract_ending", "green_lift", "blue_points_expiry", "blue_profile_gaps");
            assertThat(DEFAULTS.rules()).extracting(WarningRule::priority).isSortedAccordingTo((a, b) -> b - a);
            assertThat(DEFAULTS.playbooks()).extracting(Playbook::id)
                    .containsExactlyInAnyOrder("white", "yellow", "red", "green", "blue", "decline", "contract", "competitor", "complaint");
            assertThat(byId(DEFAULTS, "white_zone").kind()).isEqualTo(TaskKind.WINBACK);
            assertThat(byId(DEFAULTS, "white_zone").playbook().dueDays()).isEqualTo(3);
            assertThat(byId(DEFAULTS, "green_lift").kind()).isEqualTo(TaskKind.UPGRADE);
            assertThat(byId(DEFAULTS, "blue_profile_gaps").kind()).isEqualTo(TaskKind.CARE);
            assertThat(byId(DEFAULTS, "white_zone").descriptionZh()).isNotBlank();
            assertThat(DEFAULTS.source()).isEqualTo("default-rules.yaml");
        }

        @Test
        void everyZonePlaybookOfR43IsThere() {
            assertThat(byId(DEFAULTS, "green_lift").playbook().actions()).contains("offer_prepay_bonus", "offer_gift", "offer_handset");
            assertThat(byId(DEFAULTS, "white_zone").playbook().actions()).contains("reach_other_contacts", "find_leave_reason", "tenure_perks");
            assertThat(byId(DEFAULTS, "yellow_zone").playbook().actions()).contains("find_bill_drop_reason", "tariff_recommendation", "binding_offer");
            assertThat(byId(DEFAULTS, "red_zone").playbook().actions()).contains("find_mou_drop_reason", "family_numbers", "free_minutes_pack");
            assertThat(byId(DEFAULTS, "blue_points_expiry").playbook().actions()).contains("complete_profile", "points_reminder", "contract_reminder");
        }
    }

    @Nested
    class Refused {

        @Test
        void aTypoInAVariableNamesTheRule() {
            RuleSetException e = failure(rule("typo_rule", "zonee == \"white\"", "retention", "50", "calm"));
            assertThat(e.ruleId()).isEqualTo("typo_rule");
            assertThat(e.getMessage()).contains("test-rules.yaml").contains("typo_rule").contains("zonee");
        }

        @Test
        void aConditionThatIsNotBooleanNamesTheRule() {
            RuleSetException e = failure(rule("sum_rule", "bill + 1.0", "retention", "50", "calm"));
            assertThat(e.ruleId()).isEqualTo("sum_rule");
            assertThat(e.getMessage()).contains("sum_rule");
        }

        @Test
        void aTypeErrorNamesTheRule() {
            RuleSetException e = failure(rule("type_rule", "zone > 3", "retention", "50", "calm"));
            assertThat(e.ruleId()).isEqualTo("type_rule");
        }

        @Test
        void anUnknownKindNamesTheRule() {
            RuleSetException e = failure(rule("kind_rule", "high_value", "rescue", "50", "calm"));
            assertThat(e.ruleId()).isEqualTo("kind_rule");
            assertThat(e.getMessage()).contains("rescue");
        }

        @Test
        void anUnknownPlaybookNamesTheRule() {
            RuleSetException e = failure(rule("pb_rule", "high_value", "retention", "50", "panic"));
            assertThat(e.ruleId()).isEqualTo("pb_rule");
            assertThat(e.getMessage()).contains("panic");
        }

        @Test
        void aDuplicateIdNamesTheRule() {
            RuleSetException e = failure(rule("twice", "high_value", "retention", "50", "calm")
                    + rule("twice", "has_prev", "care", "10", "calm"));
            assertThat(e.ruleId()).isEqualTo("twice");
            assertThat(e.getMessage()).contains("twice");
        }

        @ParameterizedTest
        @ValueSource(strings = {"101", "-1", "high", "1.5", "''"})
        void aPriorityOutOfRangeNamesTheRule(String priority) {
            RuleSetException e = failure(rule("prio_rule", "high_value", "retention", priority, "calm"));
            assertThat(e.ruleId()).isEqualTo("prio_rule");
            assertThat(e.getMessage()).contains("priority");
        }

        @Test
        void prioritiesAtTheEndsOfTheRangeAreAccepted() {
            RuleSet set = load(rule("low", "high_value", "care", "0", "calm") + rule("top", "has_prev", "retention", "100", "calm"));
            assertThat(set.rules()).extracting(WarningRule::id).containsExactly("top", "low");
        }

        @Test
        void aBadIdOrAMissingConditionIsRefused() {
            assertThat(failure(rule("Bad-Id", "high_value", "care", "1", "calm")).ruleId()).isEqualTo("Bad-Id");
            RuleSetException noWhen = failure("  - id: no_when\n    kind: care\n    priority: 1\n    playbook: calm\n");
            assertThat(noWhen.ruleId()).isEqualTo("no_when");
            assertThat(noWhen.getMessage()).contains("when");
        }

        @Test
        void wholeFileProblemsNameNoRule() {
            RuleSetException empty = catchThrowableOfType(RuleSetException.class,
                    () -> LOADER.load("x.yaml", new StringReader(PLAYBOOKS + "rules: []\n")));
            assertThat(empty.ruleId()).isNull();
            assertThat(empty.getMessage()).startsWith("x.yaml");
            RuleSetException noPlaybooks = catchThrowableOfType(RuleSetException.class,
                    () -> LOADER.load("x.yaml", new StringReader("rules:\n" + rule("a", "high_value", "care", "1", "calm"))));
            assertThat(noPlaybooks.getMessage()).contains("playbooks");
            RuleSetException notYaml = catchThrowableOfType(RuleSetException.class,
                    () -> LOADER.load("x.yaml", new StringReader("rules: [unclosed\n")));
            assertThat(notYaml.getMessage()).contains("YAML");
            RuleSetException badDue = catchThrowableOfType(RuleSetException.class,
                    () -> LOADER.load("x.yaml", new StringReader("playbooks:\n  p: {due_days: 400, actions: [a]}\nrules:\n"
                            + rule("a", "high_value", "care", "1", "p"))));
            assertThat(badDue.getMessage()).contains("due_days");
        }

        @Test
        void moreThan63RulesAreRefused() {
            String many = IntStream.range(0, 64).mapToObj(i -> rule("r" + i, "high_value", "care", "1", "calm")).collect(Collectors.joining());
            assertThat(failure(many).getMessage()).contains("63");
        }

        @Test
        void aMissingRulesFileIsRefused() {
            RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> LOADER.load(Path.of("/nonexistent/rules.yaml")));
            assertThat(e.getMessage()).contains("rules.yaml");
        }
    }

    @Nested
    class Evaluation {

        /** A high-value gold customer with a previous month, nothing alarming. */
        private Facts steadyGold() {
            Facts f = new Facts();
            f.zone = "green";
            f.previousZone = "green";
            f.tier = "gold";
            f.state = "active";
            f.highValue = true;
            f.hasPrev = true;
            f.bill = 300;
            f.billPrev = 300;
            f.mou = 400;
            f.mouPrev = 400;
            return f;
        }

        private boolean matches(String id, Facts f) throws Exception {
            return byId(DEFAULTS, id).matches(f);
        }

        @Test
        void billDown30IsStrictlyMoreThan30Percent() throws Exception {
            Facts f = steadyGold();
            f.billChangePct = -30.0;
            assertThat(matches("bill_down_30", f)).isFalse();
            f.billChangePct = -30.01;
            assertThat(matches("bill_down_30", f)).isTrue();
            f.hasPrev = false;
            assertThat(matches("bill_down_30", f)).as("no previous month: no change").isFalse();
        }

        @Test
        void billDown30OnlyForHighValueOrVipCustomers() throws Exception {
            Facts f = steadyGold();
            f.billChangePct = -80;
            f.highValue = false;
            assertThat(matches("bill_down_30", f)).as("a gold card without a high bill").isTrue();
            f.tier = "none";
            assertThat(matches("bill_down_30", f)).as("neither high value nor a card").isFalse();
            f.highValue = true;
            assertThat(matches("bill_down_30", f)).isTrue();
        }

        @Test
        void mouDown50IsStrictlyMoreThanHalf() throws Exception {
            Facts f = steadyGold();
            f.mouChangePct = -50.0;
            assertThat(matches("mou_down_50", f)).isFalse();
            f.mouChangePct = -87.5;
            assertThat(matches("mou_down_50", f)).isTrue();
            f.tier = "none";
            f.highValue = false;
            assertThat(matches("mou_down_50", f)).isFalse();
        }

        @Test
        void whiteZoneOnlyForHighValueOrVipCustomers() throws Exception {
            Facts f = steadyGold();
            f.zone = "white";
            f.state = "suspended";
            assertThat(matches("white_zone", f)).isTrue();
            f.tier = "none";
            assertThat(matches("white_zone", f)).as("high value, no card").isTrue();
            f.highValue = false;
            assertThat(matches("white_zone", f)).as("a small customer who stopped paying gets no winback task").isFalse();
            f.tier = "silver";
            assertThat(matches("white_zone", f)).isTrue();
            f.zone = "yellow";
            assertThat(matches("white_zone", f)).isFalse();
        }

        @Test
        void contractEndingWithinAMonth() throws Exception {
            Facts f = steadyGold();
            f.hasContract = true;
            for (long months : new long[] {0, 1}) {
                f.monthsToContractEnd = months;
                assertThat(matches("contract_ending", f)).as(months + " months").isTrue();
            }
            for (long months : new long[] {-1, 2, 12}) {
                f.monthsToContractEnd = months;
                assertThat(matches("contract_ending", f)).as(months + " months").isFalse();
            }
            f.monthsToContractEnd = 1;
            f.hasContract = false;
            assertThat(matches("contract_ending", f)).as("no contract").isFalse();
            f.hasContract = true;
            f.tier = "none";
            f.highValue = false;
            assertThat(matches("contract_ending", f)).as("not in the programme").isFalse();
        }

        @Test
        void theMaskListsEveryMatchingRuleInPriorityOrder() {
            Facts f = steadyGold();
            f.zone = "white";
            f.billChangePct = -100;
            f.mouChangePct = -100;
            long mask = DEFAULTS.evaluate(f);
            List<String> ids = IntStream.range(0, DEFAULTS.rules().size()).filter(i -> (mask & (1L << i)) != 0)
                    .mapToObj(i -> DEFAULTS.rules().get(i).id()).toList();
            assertThat(ids).containsExactly("white_zone", "bill_down_30", "mou_down_50");
        }

        @Test
        void aRuleThatFailsAtRuntimeDoesNotMatchAndIsCounted() {
            RuleSet set = load(rule("divides", "mou / sms > 1", "care", "10", "calm") + rule("plain", "high_value", "care", "5", "calm"));
            Facts f = steadyGold();
            f.sms = 0;
            long mask = set.evaluate(f);
            assertThat(mask).as("only 'plain' matches").isEqualTo(1L << 1);
            assertThat(set.errors(0)).isEqualTo(1);
            assertThat(set.errors(1)).isZero();
            f.sms = 1000;
            f.mou = 400;
            assertThat(set.evaluate(f)).as("400 / 1000 = 0 in integer arithmetic").isEqualTo(1L << 1);
            f.sms = 1;
            assertThat(set.evaluate(f)).isEqualTo(0b11L);
            assertThat(set.errors(0)).isEqualTo(1);
        }

        @Test
        void everyDeclaredFactCanBeUsedInACondition() {
            // one rule per fact, comparing it with itself: compiles for every declared name and type
            String rules = FactNames.TYPES.keySet().stream()
                    .map(name -> rule("f_" + name, name + " == " + name, "care", "1", "calm"))
                    .collect(Collectors.joining());
            RuleSet set = load(rules);
            Facts f = steadyGold();
            assertThat(Long.bitCount(set.evaluate(f))).as("every fact resolves to a value of its declared type").isEqualTo(FactNames.TYPES.size());
        }
    }
}

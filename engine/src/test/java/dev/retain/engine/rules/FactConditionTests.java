package dev.retain.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FactConditionTests {

    private static Facts yellowCustomer() {
        Facts f = new Facts();
        f.zone = "yellow";
        f.tier = "gold";
        f.bill = 188.0;
        f.tenureMonths = 30;
        f.mou = 0;
        return f;
    }

    @Test
    void aConditionIsTestedOnACustomersFacts() {
        FactCondition c = FactCondition.compile(" zone == 'yellow' && tenure_months >= 24 && bill > 100.0 ");
        assertThat(c.expression()).isEqualTo("zone == 'yellow' && tenure_months >= 24 && bill > 100.0");
        assertThat(c.test(yellowCustomer())).isTrue();
        Facts green = yellowCustomer();
        green.zone = "green";
        assertThat(c.test(green)).isFalse();
    }

    @Test
    void anUnknownFactOrANonBooleanConditionIsRefusedWithCelsMessage() {
        assertThatThrownBy(() -> FactCondition.compile("tenure > 12")).isInstanceOf(FactConditionException.class)
                .hasMessageContaining("tenure");
        assertThatThrownBy(() -> FactCondition.compile("bill * 2.0")).isInstanceOf(FactConditionException.class);
        assertThatThrownBy(() -> FactCondition.compile("zone == 1")).isInstanceOf(FactConditionException.class);
        assertThatThrownBy(() -> FactCondition.compile("  ")).isInstanceOf(FactConditionException.class)
                .hasMessageContaining("true");
    }

    @Test
    void anEvaluationErrorCountsAsNotMet() {
        // an integer division by zero fails at evaluation time, for this customer only
        FactCondition c = FactCondition.compile("tenure_months / mou > 1");
        assertThat(c.test(yellowCustomer())).isFalse();
        assertThat(FactCondition.compile("true").test(yellowCustomer())).isTrue();
    }
}

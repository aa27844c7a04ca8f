package dev.retain.engine.zone;

import static dev.retain.engine.zone.MonthFactsFixture.active;
import static dev.retain.engine.zone.MonthFactsFixture.cancelled;
import static dev.retain.engine.zone.MonthFactsFixture.fen;
import static dev.retain.engine.zone.MonthFactsFixture.highValue;
import static dev.retain.engine.zone.MonthFactsFixture.precancel;
import static dev.retain.engine.zone.MonthFactsFixture.suspended;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Zone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SPEC R2.2, rule by rule, with the boundaries the spec calls out (A = 188.00, M = 300, C = 88.00). */
class ZoneClassifierTests {

    private static final long NO_COMMIT = 0;
    private static final long COMMIT = fen("88.00");

    private final ZoneClassifier classifier = new ZoneClassifier(ZoneThresholds.DEFAULTS);

    private ZoneRule classify(MonthFacts m1, MonthFacts m2, long commit) {
        return classifier.classify(m1, m2, commit);
    }

    @Test
    void defaultThresholdsAreTheSpecDefaults() {
        assertThat(ZoneThresholds.DEFAULTS).isEqualTo(new ZoneThresholds(18800, 300, 8800));
    }

    @Test
    void everyRuleNamesItsZone() {
        assertThat(ZoneRule.NONE_LEFT.zone()).isEqualTo(Zone.NONE);
        assertThat(ZoneRule.WHITE_STATE.zone()).isEqualTo(Zone.WHITE);
        assertThat(ZoneRule.YELLOW_BILL_DROP.zone()).isEqualTo(Zone.YELLOW);
        assertThat(ZoneRule.RED_MOU_DROP.zone()).isEqualTo(Zone.RED);
        assertThat(ZoneRule.BLUE_COMMIT.zone()).isEqualTo(Zone.BLUE);
        assertThat(ZoneRule.GREEN_NO_COMMIT.zone()).isEqualTo(Zone.GREEN);
        assertThat(ZoneRule.NONE_BELOW.zone()).isEqualTo(Zone.NONE);
        assertThat(ZoneRule.NONE_LEFT.left()).isTrue();
        assertThat(ZoneRule.NONE_BELOW.left()).isFalse();
        assertThat(ZoneRule.YELLOW_BILL_DROP.code()).isEqualTo("yellow_bill_drop");
    }

    @Nested
    class White {

        @Test
        void suspendedInM1IsWhiteEvenWithAHighBill() {
            assertThat(classify(suspended("900.00", 900), highValue(), COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
        }

        @Test
        void precancelledInM1IsWhiteEvenWithAHighBill() {
            assertThat(classify(precancel("900.00", 900), highValue(), COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
        }

        @Test
        void whiteNeedsNoM2Row() {
            assertThat(classify(suspended("0", 0), null, NO_COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
        }

        @Test
        void whiteWinsOverYellow() {
            // bill fell below A after a high-value month: yellow's condition holds, but the state comes first
            assertThat(classify(suspended("10.00", 400), highValue(), NO_COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
        }

        @Test
        void whiteWinsOverRed() {
            assertThat(classify(precancel("300.00", 10), highValue(), NO_COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
        }

        @Test
        void whiteWinsOverBlueAndGreen() {
            assertThat(classify(suspended("500.00", 800), highValue(), COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
            assertThat(classify(suspended("500.00", 800), highValue(), NO_COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
        }

        @Test
        void stateInM2DoesNotMatterOnlyM1() {
            // pre-cancelled in M-2, active again in M-1: judged on M-1 alone
            assertThat(classify(active("500.00", 800), precancel("500.00", 800), COMMIT)).isEqualTo(ZoneRule.BLUE_COMMIT);
            assertThat(classify(active("500.00", 800), suspended("0", 0), NO_COMMIT)).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
            // active in M-2, suspended in M-1
            assertThat(classify(suspended("500.00", 800), active("500.00", 800), COMMIT)).isEqualTo(ZoneRule.WHITE_STATE);
        }

        @Test
        void aHighValueMonthWhilePrecancelledInM2StillCountsForYellow() {
            // R2.2's yellow/red read bill and MOU of M-2, whatever the state was at its end
            assertThat(classify(active("100.00", 400), precancel("300.00", 400), NO_COMMIT)).isEqualTo(ZoneRule.YELLOW_BILL_DROP);
        }
    }

    @Nested
    class Left {

        @Test
        void noUsageRowInM1HasLeft() {
            assertThat(classify(null, highValue(), COMMIT)).isEqualTo(ZoneRule.NONE_LEFT);
        }

        @Test
        void cancelledInM1HasLeftEvenWithAHighBill() {
            assertThat(classify(cancelled("900.00", 900), highValue(), COMMIT)).isEqualTo(ZoneRule.NONE_LEFT);
        }

        @Test
        void noRowInEitherMonthHasLeft() {
            assertThat(classify(null, null, NO_COMMIT)).isEqualTo(ZoneRule.NONE_LEFT);
        }

        @Test
        void leftWinsOverWhite() {
            // cancelled is the end of the road: no task, counted as churned
            assertThat(classify(cancelled("0", 0), suspended("0", 0), NO_COMMIT)).isEqualTo(ZoneRule.NONE_LEFT);
        }
    }

    @Nested
    class Yellow {

        @Test
        void billFellBelowAAfterAHighValueMonth() {
            assertThat(classify(active("187.99", 800), active("188.00", 301), NO_COMMIT)).isEqualTo(ZoneRule.YELLOW_BILL_DROP);
        }

        @Test
        void billExactlyAInM1IsNotBelowA() {
            assertThat(classify(active("188.00", 800), active("188.00", 301), NO_COMMIT)).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
        }

        @Test
        void billJustBelowAInM2IsNotHighValue() {
            assertThat(classify(active("100.00", 800), active("187.99", 800), NO_COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void exactlyMMinutesInM2IsNotAboveM() {
            // "> M" is strict: 300 minutes in M-2 do not make a high-value month, so no yellow
            assertThat(classify(active("100.00", 800), active("500.00", 300), NO_COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
            assertThat(classify(active("100.00", 800), active("500.00", 301), NO_COMMIT)).isEqualTo(ZoneRule.YELLOW_BILL_DROP);
        }

        @Test
        void withoutAnM2RowYellowCannotMatch() {
            assertThat(classify(active("100.00", 800), null, NO_COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void yellowTakesABillDropEvenWhenMinutesAlsoFell() {
            // red needs bill(M-1) ≥ A; with the bill below A the customer is yellow, not red
            assertThat(classify(active("150.00", 10), highValue(), NO_COMMIT)).isEqualTo(ZoneRule.YELLOW_BILL_DROP);
        }

        @Test
        void yellowIgnoresTheMinCommit() {
            assertThat(classify(active("0.00", 0), highValue(), fen("500.00"))).isEqualTo(ZoneRule.YELLOW_BILL_DROP);
        }
    }

    @Nested
    class Red {

        @Test
        void minutesFellBelowMWithTheBillHeld() {
            assertThat(classify(active("188.00", 299), active("188.00", 301), NO_COMMIT)).isEqualTo(ZoneRule.RED_MOU_DROP);
        }

        @Test
        void exactlyMMinutesInM1IsNotBelowM() {
            // neither red (< M) nor blue/green (> M): none_below
            assertThat(classify(active("500.00", 300), highValue(), COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
            assertThat(classify(active("500.00", 300), highValue(), NO_COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void exactlyMMinutesInM2IsNotAboveMSoNoRed() {
            assertThat(classify(active("500.00", 10), active("500.00", 300), NO_COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void withoutAnM2RowRedCannotMatch() {
            assertThat(classify(active("500.00", 10), null, COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void redWinsOverBlueAndGreenBecauseItComesFirst() {
            // red's condition excludes blue's (MOU < M vs > M); this pins that nothing between them leaks
            assertThat(classify(active("900.00", 0), highValue(), COMMIT)).isEqualTo(ZoneRule.RED_MOU_DROP);
        }
    }

    @Nested
    class BlueAndGreen {

        @Test
        void commitEqualToCIsBlue() {
            assertThat(classify(active("188.00", 301), null, fen("88.00"))).isEqualTo(ZoneRule.BLUE_COMMIT);
        }

        @Test
        void commitJustBelowCIsGreen() {
            assertThat(classify(active("188.00", 301), null, fen("87.99"))).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
        }

        @Test
        void noCommitIsGreen() {
            assertThat(classify(active("188.00", 301), null, 0)).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
        }

        @Test
        void billExactlyAIsHighValue() {
            assertThat(classify(active("188.00", 301), active("10.00", 0), COMMIT)).isEqualTo(ZoneRule.BLUE_COMMIT);
        }

        @Test
        void billJustBelowAIsNotInTheProgramme() {
            assertThat(classify(active("187.99", 301), active("10.00", 0), COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void blueAndGreenNeedNoM2Row() {
            assertThat(classify(active("500.00", 800), null, COMMIT)).isEqualTo(ZoneRule.BLUE_COMMIT);
            assertThat(classify(active("500.00", 800), null, NO_COMMIT)).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
        }

        @Test
        void aHighValueCustomerWhoStayedHighValueIsBlueOrGreen() {
            assertThat(classify(highValue(), highValue(), COMMIT)).isEqualTo(ZoneRule.BLUE_COMMIT);
            assertThat(classify(highValue(), highValue(), NO_COMMIT)).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
        }

        @Test
        void aCustomerWhoRoseIntoHighValueIsBlueOrGreen() {
            assertThat(classify(highValue(), active("20.00", 10), NO_COMMIT)).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
        }
    }

    @Nested
    class NoneBelow {

        @Test
        void lowBillAndLowMinutes() {
            assertThat(classify(active("50.00", 100), active("50.00", 100), NO_COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void highBillButFewMinutesWithoutAHighValueM2() {
            assertThat(classify(active("500.00", 100), active("500.00", 100), COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void zeroBillAndZeroMinutesActive() {
            assertThat(classify(active("0", 0), null, NO_COMMIT)).isEqualTo(ZoneRule.NONE_BELOW);
        }
    }

    @Nested
    class CustomThresholds {

        private final ZoneClassifier custom = new ZoneClassifier(new ZoneThresholds(fen("100.00"), 50, fen("30.00")));

        @Test
        void theSettingsMoveEveryBoundary() {
            assertThat(custom.classify(active("100.00", 51), null, fen("30.00"))).isEqualTo(ZoneRule.BLUE_COMMIT);
            assertThat(custom.classify(active("100.00", 51), null, fen("29.99"))).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
            assertThat(custom.classify(active("99.99", 51), active("100.00", 51), 0)).isEqualTo(ZoneRule.YELLOW_BILL_DROP);
            assertThat(custom.classify(active("100.00", 49), active("100.00", 51), 0)).isEqualTo(ZoneRule.RED_MOU_DROP);
            assertThat(custom.classify(active("100.00", 50), active("100.00", 51), 0)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void whatIsGreenUnderTheDefaultsIsNotUnderHigherThresholds() {
            MonthFacts m1 = active("250.00", 350);
            assertThat(classifier.classify(m1, null, 0)).isEqualTo(ZoneRule.GREEN_NO_COMMIT);
            ZoneClassifier strict = new ZoneClassifier(new ZoneThresholds(fen("300.00"), 400, fen("88.00")));
            assertThat(strict.classify(m1, null, 0)).isEqualTo(ZoneRule.NONE_BELOW);
        }

        @Test
        void aZeroMinutesThresholdStillComparesStrictly() {
            ZoneClassifier m0 = new ZoneClassifier(new ZoneThresholds(fen("100.00"), 0, 0));
            assertThat(m0.classify(active("100.00", 0), null, 0)).isEqualTo(ZoneRule.NONE_BELOW);
            assertThat(m0.classify(active("100.00", 1), null, 0)).isEqualTo(ZoneRule.BLUE_COMMIT); // C = 0: every commit is ≥ C
        }

        @Test
        void thresholdsRefuseNonPositiveA() {
            assertThatThrownBy(() -> new ZoneThresholds(0, 300, 8800)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ZoneThresholds(18800, -1, 8800)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ZoneThresholds(18800, 300, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theAllocationFreeFormAgreesWithTheRecordForm() {
        assertThat(classifier.classify(true, AccountState.ACTIVE, fen("187.99"), 800, true, fen("188.00"), 301, 0))
                .isEqualTo(classify(active("187.99", 800), active("188.00", 301), 0))
                .isEqualTo(ZoneRule.YELLOW_BILL_DROP);
        // without an M-2 row, the M-2 numbers passed in must be ignored
        assertThat(classifier.classify(true, AccountState.ACTIVE, fen("100.00"), 800, false, fen("900.00"), 900, 0))
                .isEqualTo(ZoneRule.NONE_BELOW);
        // without an M-1 row, whatever state is passed means nothing
        assertThat(classifier.classify(false, AccountState.ACTIVE, fen("900.00"), 900, true, fen("900.00"), 900, COMMIT))
                .isEqualTo(ZoneRule.NONE_LEFT);
    }
}

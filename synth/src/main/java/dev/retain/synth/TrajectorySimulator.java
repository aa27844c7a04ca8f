package dev.retain.synth;

import dev.retain.engine.value.AccountState;
import java.util.SplittableRandom;

/**
 * A subscriber's month-by-month history: usage around their personal levels with seasonal
 * and random noise, and the life-cycle that makes retention interesting. Each month an
 * active subscriber may start to drift toward churn: over 2–4 months their minutes fall,
 * or their bill falls (extras dropped, then a step down the plan ladder), or both. Then
 * some recover; the rest are suspended, pre-cancelled and cancelled, after which they have
 * no more rows. Separately, a few are suspended for non-payment and come back.
 */
final class TrajectorySimulator {

    /** Monthly chance to start a drift at churn proneness 1 (the province's average). */
    static final double DRIFT_BASE = 0.025;
    static final double PLAIN_SUSPENSION = 0.006;
    static final double RECOVERY = 0.30;
    /** Chance per month of a lasting change in habits (new job, new phone), a source of zone moves. */
    static final double HABIT_CHANGE = 0.03;

    /** Above this, networks throttle unlimited plans (达量限速), so use stops growing. */
    static final double DATA_CEILING_MB = 300 * 1024;

    private enum Phase { NORMAL, DECLINE, RECOVER, SUSPENDED, PRECANCEL, CANCELLED, GONE }

    private static final int FALLING_BILL = 1;
    private static final int FALLING_MINUTES = 2;

    private final long seed;
    private final Seasonality season;

    TrajectorySimulator(long seed, Seasonality season) {
        this.seed = seed;
        this.season = season;
    }

    void simulate(Profile p, Trajectory out) {
        new Run(p, Rngs.forSubscriber(seed, p.index(), Rngs.TRAJECTORY), out).play();
    }

    /** The mutable state of one subscriber's simulation. */
    private final class Run {
        private final Profile p;
        private final SplittableRandom rng;
        private final Trajectory out;

        private Phase phase = Phase.NORMAL;
        private CataloguePlan plan;
        private int step;
        private int length;
        private int remaining;
        private boolean churnBound;
        private int kind;
        private double depth;
        private double recoverFrom;
        private double habit = 1;

        Run(Profile p, SplittableRandom rng, Trajectory out) {
            this.p = p;
            this.rng = rng;
            this.out = out;
            this.plan = p.plan();
        }

        void play() {
            out.clear();
            int n = out.months();
            for (int t = p.joinIndex(); t < n && phase != Phase.GONE; t++) {
                if (t == p.joinIndex()) {
                    startingPhase(p.joinedInWindow());
                } else {
                    advance();
                }
                emit(t);
            }
        }

        /**
         * Subscribers who were there before the window start in the mix a running province
         * has: some already declining, suspended or pre-cancelled, so the first months have
         * white and drifting customers too.
         */
        private void startingPhase(boolean joiner) {
            if (joiner) {
                phase = Phase.NORMAL;
                return;
            }
            double u = rng.nextDouble();
            // Shares near the steady state of the monthly process below.
            if (u < 0.06) {
                startDecline();
                step = 1 + rng.nextInt(length);
                if ((kind & FALLING_BILL) != 0 && step >= downgradeStep()) {
                    plan = Plans.cheaper(plan);
                }
            } else if (u < 0.078) {
                suspend(true, 1 + rng.nextInt(2));
            } else if (u < 0.094) {
                phase = Phase.PRECANCEL;
                remaining = 1;
            } else if (u < 0.1) {
                suspend(false, 1);
            } else {
                phase = Phase.NORMAL;
            }
        }

        private void advance() {
            switch (phase) {
                case NORMAL -> {
                    double u = rng.nextDouble();
                    double drift = DRIFT_BASE * p.churnProneness();
                    if (u < drift) {
                        startDecline();
                    } else if (u < drift + PLAIN_SUSPENSION) {
                        suspend(false, Rngs.chance(rng, 0.8) ? 1 : 2);
                    } else if (u < drift + PLAIN_SUSPENSION + HABIT_CHANGE) {
                        habit *= Rngs.noise(rng, 0.3);
                    }
                }
                case DECLINE -> {
                    if (step < length) {
                        step++;
                        if ((kind & FALLING_BILL) != 0 && step == downgradeStep()) {
                            plan = Plans.cheaper(plan);
                        }
                    } else if (Rngs.chance(rng, RECOVERY)) {
                        recover(1 - depth);
                        if (Rngs.chance(rng, 0.5)) {
                            plan = p.plan();
                        }
                    } else {
                        suspend(true, Rngs.chance(rng, 0.7) ? 1 : 2);
                    }
                }
                case RECOVER -> {
                    if (step < 2) {
                        step++;
                    } else {
                        phase = Phase.NORMAL;
                    }
                }
                case SUSPENDED -> {
                    if (--remaining > 0) {
                        return;
                    }
                    if (churnBound && Rngs.chance(rng, 0.10)) {
                        recover(0.5); // paid up at the last moment
                    } else if (churnBound || Rngs.chance(rng, 0.08)) {
                        phase = Phase.PRECANCEL;
                        remaining = Rngs.chance(rng, 0.8) ? 1 : 2;
                    } else {
                        phase = Phase.NORMAL;
                    }
                }
                case PRECANCEL -> {
                    if (--remaining == 0) {
                        phase = Phase.CANCELLED;
                    }
                }
                case CANCELLED -> phase = Phase.GONE;
                case GONE -> { }
            }
        }

        private void startDecline() {
            phase = Phase.DECLINE;
            step = 1;
            length = 2 + rng.nextInt(3);
            double u = rng.nextDouble();
            kind = u < 0.40 ? FALLING_BILL : u < 0.75 ? FALLING_MINUTES : FALLING_BILL | FALLING_MINUTES;
            depth = 0.4 + 0.45 * rng.nextDouble();
        }

        private int downgradeStep() {
            return (length + 1) / 2;
        }

        private void recover(double from) {
            phase = Phase.RECOVER;
            step = 1;
            recoverFrom = from;
        }

        private void suspend(boolean towardChurn, int months) {
            phase = Phase.SUSPENDED;
            churnBound = towardChurn;
            remaining = months;
        }

        private void emit(int t) {
            out.currentPlan = plan;
            switch (phase) {
                case NORMAL, DECLINE, RECOVER -> emitActive(t);
                case SUSPENDED -> emitIdle(t, AccountState.SUSPENDED, plan.feeFen());
                case PRECANCEL -> emitIdle(t, AccountState.PRECANCEL, 0);
                case CANCELLED -> emitIdle(t, AccountState.CANCELLED, 0);
                case GONE -> { }
            }
        }

        private void emitActive(int t) {
            double minutes = 1;
            double data = 1;
            double extras = 1;
            double drift = 0;
            if (phase == Phase.DECLINE) {
                double progress = (double) step / length;
                double level = 1 - depth * progress;
                boolean bill = (kind & FALLING_BILL) != 0;
                boolean mins = (kind & FALLING_MINUTES) != 0;
                minutes = mins ? level : 1 - 0.2 * progress;
                data = mins ? StrictMath.sqrt(level) : 1 - 0.1 * progress;
                extras = bill ? level * 0.6 : 1 - 0.2 * progress;
                drift = progress;
            } else if (phase == Phase.RECOVER) {
                double r = recoverFrom + (1 - recoverFrom) * 0.95 * step / 2;
                minutes = r;
                data = StrictMath.sqrt(r);
                extras = r;
                drift = 1 - r;
            }
            double fraction = t == p.joinIndex() ? p.joinFraction() : 1;
            int mou = (int) Math.round(p.mouLevel() * habit * minutes * season.voice[t]
                    * Rngs.noise(rng, 0.15) * fraction);
            double mb = Math.min(DATA_CEILING_MB,
                    p.dataLevel() * data * season.data[t] * Rngs.noise(rng, 0.25) * fraction);
            int sms = (int) Math.round(p.smsLevel() * season.sms[t] * Rngs.noise(rng, 0.35) * fraction);
            long extrasFen = p.hasExtras() && !Rngs.chance(rng, 0.08)
                    ? Math.round(100 * p.extrasLevel() * extras * Rngs.noise(rng, 0.35))
                    : 0;
            long dataCenti = Math.round(mb * 100);
            long bill = plan.billFen(mou, dataCenti / 100.0, sms) - plan.feeFen()
                    + Math.round(plan.feeFen() * fraction) + extrasFen;
            out.state[t] = (byte) AccountState.ACTIVE.ordinal();
            out.billFen[t] = bill;
            out.mou[t] = mou;
            out.dataCenti[t] = dataCenti;
            out.sms[t] = sms;
            out.drift[t] = drift;
        }

        /** Outgoing service is barred: no usage, while the monthly fee may still be billed. */
        private void emitIdle(int t, AccountState state, long billFen) {
            out.state[t] = (byte) state.ordinal();
            out.billFen[t] = billFen;
            out.mou[t] = 0;
            out.dataCenti[t] = 0;
            out.sms[t] = 0;
            out.drift[t] = state == AccountState.SUSPENDED ? 1 : 0;
        }
    }
}

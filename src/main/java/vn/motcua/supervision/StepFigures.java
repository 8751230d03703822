package vn.motcua.supervision;

/**
 * The control-sheet figures of a place (a commune's files, or an agency's groups): steps finished in
 * the period and how many of them late, steps held now and how many of them past their due time, and
 * the mean holding time in hours of the steps finished (received to finished, every hour counted).
 */
public record StepFigures(long handled, long late, long open, long openLate, HoldingTimes times) {

    static StepFigures none() {
        return new StepFigures(0, 0, 0, 0, new HoldingTimes());
    }

    StepFigures plus(long handled, long late, long open, long openLate) {
        return new StepFigures(this.handled + handled, this.late + late, this.open + open, this.openLate + openLate,
                times);
    }

    /** Late steps ÷ steps finished, in percent. */
    public Double lateRate() {
        return Rates.percent(late, handled);
    }

    /**
     * How far a place holds files up: steps finished late plus steps held past due now, over steps
     * finished plus steps held; the province view's order for agencies.
     */
    public Double lateShare() {
        return Rates.percent(late + openLate, handled + open);
    }

    public Double meanHours() {
        return times.mean();
    }
}

package vn.motcua.supervision;

/**
 * The statistics of one period by the method the Gia Lai provincial public-service portal publishes
 * ("Cách tính thống kê tình hình xử lý hồ sơ"): every file to process is
 * in exactly one bucket, so {@code early + onTime + late + notDue + overdue + paused == toProcess()}.
 */
public record Counts(long received, long carriedOver, long early, long onTime, long late, long notDue, long overdue,
        long paused, long lateNotExtended, long supplements, long supplementedMoreThanOnce) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Files to process: received in the period plus carried over from before it. */
    public long toProcess() {
        return received + carriedOver;
    }

    public long finished() {
        return early + onTime + late;
    }

    public long inProgress() {
        return notDue + overdue + paused;
    }

    /** Gia Lai: (late in progress + late completed) ÷ files to process, in percent; null without files. */
    public Double lateRate() {
        return Rates.percent(overdue + late, toProcess());
    }

    /** Gia Lai: 100% − late rate. */
    public Double onTimeRate() {
        Double late = lateRate();
        return late == null ? null : 100.0 - late;
    }

    /** Decision 766 "progress and results": files finished early or on time ÷ files finished, in percent. */
    public Double finishedOnTimeRate() {
        return Rates.percent(early + onTime, finished());
    }

    /**
     * Decision 766 "progress and results" score as the public scoring code computes it: files
     * finished early or on time ÷ files received × 20 points, at most 20 (files carried over may
     * finish on time too); null without files received.
     */
    public Double progressScore() {
        return received == 0 ? null : Math.min(PROGRESS_POINTS, PROGRESS_POINTS * (early + onTime) / received);
    }

    private static final double PROGRESS_POINTS = 20.0;

    /** Agency supplement requests per file to process. */
    public Double supplementsPerFile() {
        return toProcess() == 0 ? null : (double) supplements / toProcess();
    }

    public Counts plus(Counts o) {
        return new Counts(received + o.received, carriedOver + o.carriedOver, early + o.early, onTime + o.onTime,
                late + o.late, notDue + o.notDue, overdue + o.overdue, paused + o.paused,
                lateNotExtended + o.lateNotExtended, supplements + o.supplements,
                supplementedMoreThanOnce + o.supplementedMoreThanOnce);
    }
}

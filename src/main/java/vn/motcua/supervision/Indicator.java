package vn.motcua.supervision;

import vn.motcua.system.Messages;

/**
 * Every figure on the dashboard with the Vietnamese label, the definition printed next to it and
 * its source (a decree article, or the statistics method of the Gia Lai provincial public-service
 * portal). The name doubles as the key of the file list behind it, and of its texts in
 * {@code messages/supervision.properties}.
 */
public enum Indicator {

    RECEIVED(Source.GIA_LAI),
    CARRIED_OVER(Source.GIA_LAI),
    TO_PROCESS(Source.GIA_LAI),
    FINISHED_EARLY(Source.CONTROL_SHEET),
    FINISHED_ON_TIME(Source.CONTROL_SHEET),
    FINISHED_LATE(Source.CONTROL_SHEET),
    NOT_DUE(Source.GIA_LAI),
    OVERDUE(Source.GIA_LAI),
    PAUSED(Source.OWN),
    LATE_ALL(Source.GIA_LAI),
    LATE_RATE(Source.GIA_LAI),
    ON_TIME_RATE(Source.GIA_LAI),
    FINISHED_ON_TIME_RATE(Source.OWN),
    PROGRESS_SCORE(Source.OWN),
    NEAR_DUE(Source.OWN),
    OVERDUE_NOW(Source.GIA_LAI),
    PAUSED_PAST_DUE(Source.OWN),
    APOLOGY_TIMELY(Source.APOLOGY),
    APOLOGY_LATE(Source.APOLOGY),
    APOLOGY_MISSING(Source.APOLOGY),
    SUPPLEMENTS_PER_FILE(Source.SUPPLEMENT),
    SUPPLEMENTED_TWICE(Source.SUPPLEMENT),
    ONLINE_SHARE(Source.OWN),
    POSTAL_SHARE(Source.OWN),
    SUBMITTED(Source.OWN),
    LATE_HANDOVERS(Source.CONTROL_SHEET);

    private static final String KEYS = "supervision.indicator.";

    private final Source source;

    Indicator(Source source) {
        this.source = source;
    }

    public String label() {
        return Messages.text(KEYS + name() + ".label");
    }

    public String definition() {
        return Messages.text(KEYS + name() + ".definition");
    }

    public String source() {
        return Messages.text(source == Source.OWN ? KEYS + name() + ".source" : KEYS + "source." + source.name());
    }

    /** Where a figure's method comes from: a source several figures share, or the figure's own ({@code OWN}). */
    private enum Source { GIA_LAI, CONTROL_SHEET, APOLOGY, SUPPLEMENT, OWN }
}

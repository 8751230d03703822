package vn.motcua.calendar;

import java.util.Arrays;

/** Why a day differs from the plain Monday-Friday week; {@code code} is the spelling used in files and JSON. */
public enum DayKind {

    /** A public holiday of Labour Code 2019 Art 112 (ngày nghỉ lễ, Tết). */
    HOLIDAY("holiday", false),
    /** A weekday off because a holiday fell on a weekend (nghỉ bù, Art 111(3)). */
    COMPENSATORY("compensatory", false),
    /** A weekday off in exchange for a make-up working day (nghỉ hoán đổi). */
    SWAPPED_DAY_OFF("swapped-day-off", false),
    /** A weekend day worked to make up for a swapped day off (ngày làm bù). */
    MAKE_UP_WORKING_DAY("make-up-working-day", true);

    private final String code;
    private final boolean working;

    DayKind(String code, boolean working) {
        this.code = code;
        this.working = working;
    }

    public String code() {
        return code;
    }

    public boolean isWorking() {
        return working;
    }

    public static DayKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind '" + code + "', expected one of "
                        + Arrays.stream(values()).map(DayKind::code).toList()));
    }
}

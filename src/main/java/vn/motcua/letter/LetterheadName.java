package vn.motcua.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agency's name in the letterhead, upper case, with the administrative unit it ends in kept on one
 * line: "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI" / "TỈNH ĐỒNG NAI", never "... TỈNH" / "ĐỒNG NAI". The column is
 * too narrow for most names, so they wrap; a place name cut in two reads wrong.
 *
 * @param lead the words before the unit, which wrap freely
 * @param place "TỈNH ĐỒNG NAI", "XÃ AN PHƯỚC", "KHU VỰC PHƯỚC LONG"; blank when the name ends in none
 */
record LetterheadName(String lead, String place) {

    /** The last unit word followed by its name; short enough to sit on one line of the column. */
    private static final Pattern ENDS_IN_PLACE = Pattern.compile(
            "^(.*)\\s((?:TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU|KHU VỰC)\\s\\S.{0,24})$");

    static LetterheadName of(String upperCaseName) {
        String name = upperCaseName == null ? "" : upperCaseName.strip();
        Matcher m = ENDS_IN_PLACE.matcher(name);
        return m.matches() ? new LetterheadName(m.group(1).strip(), m.group(2)) : new LetterheadName(name, "");
    }
}

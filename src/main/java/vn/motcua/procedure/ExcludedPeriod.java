package vn.motcua.procedure;

import vn.motcua.system.Messages;

/**
 * A period the law does not count toward a file's time limit (tax determination and payment,
 * public posting, violation handling, expert assessment, inheritance partition), as the register,
 * the applicant and the portal read it.
 *
 * @param reason what the file waits for, in Vietnamese ("Niêm yết công khai ...")
 * @param source the legal source that excludes it
 */
public record ExcludedPeriod(String reason, String source) {

    /** "Niêm yết công khai ... không tính vào thời hạn (Nghị định ...)": what the file's history shows. */
    public String explained() {
        return Messages.text("procedure.excludedPeriod.explained", reason, source);
    }
}

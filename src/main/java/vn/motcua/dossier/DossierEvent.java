package vn.motcua.dossier;

import java.time.Instant;

/**
 * Something happened to a file that produces a paper or a notice. Published synchronously inside
 * the step's transaction, so what a listener writes commits or rolls back with the step; a step
 * run twice after a crash publishes twice, so listeners must be idempotent (use {@link #occurrence()}).
 *
 * @param occurrence distinguishes repeats of the same kind on one file (e.g. the second supplement
 *        request), stable when the same step runs again
 */
public record DossierEvent(String code, Kind kind, String occurrence, String detail, String actor, Instant at) {

    public enum Kind {
        /** Complete file accepted: receipt and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
        ACCEPTED,
        /** Supplement requested, at the desk or by the processing agency (Phiếu yêu cầu bổ sung). */
        SUPPLEMENT_REQUESTED,
        /** Refused at reception (Phiếu từ chối tiếp nhận giải quyết hồ sơ). */
        REFUSED,
        /** Appraisal refused the request: the refusal is returned through the desk. */
        RESULT_REFUSED,
        /** Apology with a new appointment (Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết). */
        EXTENDED,
        /** Stopped at the applicant's request (Thông báo dừng giải quyết hồ sơ; the control sheet closes). */
        WITHDRAWN,
        /** Closed because the supplement never came (Thông báo đóng hồ sơ; the control sheet closes). */
        CLOSED,
        /** Result handed over (biên bản giao nhận kết quả; the control sheet closes). */
        FINISHED
    }
}

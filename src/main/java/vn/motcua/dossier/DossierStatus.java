package vn.motcua.dossier;

/** Where a file is, in the words the desk and the portal use. */
public enum DossierStatus {

    RECEIVED("Mới tiếp nhận"),
    WAITING_SUPPLEMENT_AT_RECEPTION("Chờ bổ sung khi tiếp nhận"),
    REFUSED("Từ chối tiếp nhận"),
    IN_PROGRESS("Đang giải quyết"),
    WAITING_AGENCY_SUPPLEMENT("Chờ bổ sung theo yêu cầu cơ quan giải quyết"),
    RESULT_READY("Có kết quả, chờ trả"),
    FINISHED("Đã trả kết quả"),
    WITHDRAWN("Dừng giải quyết theo yêu cầu người nộp"),
    CLOSED("Đã đóng do không bổ sung");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A file may be withdrawn until a decision has been issued (Decree 118/2025 Art 21). */
    public boolean isOpen() {
        return this != REFUSED && this != FINISHED && this != WITHDRAWN && this != CLOSED;
    }
}

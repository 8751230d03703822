package vn.motcua.supervision;

/**
 * Every figure on the dashboard with the Vietnamese label, the definition printed next to it and
 * its source (a decree article, or the statistics method of the Gia Lai provincial public-service
 * portal, see {@code Sources} below). The name doubles as the key of the file list behind it.
 */
public enum Indicator {

    RECEIVED("Tiếp nhận trong kỳ",
            "Hồ sơ đã tiếp nhận đủ, hợp lệ (có ngày hẹn trả) trong kỳ; không tính hồ sơ bị từ chối, rút hoặc đóng.",
            Sources.GIA_LAI),
    CARRIED_OVER("Kỳ trước chuyển sang",
            "Hồ sơ tiếp nhận trước kỳ mà đến đầu kỳ chưa trả kết quả.", Sources.GIA_LAI),
    TO_PROCESS("Hồ sơ phải giải quyết",
            "Tiếp nhận trong kỳ + kỳ trước chuyển sang.", Sources.GIA_LAI),
    FINISHED_EARLY("Đã giải quyết trước hạn",
            "Trả kết quả trong kỳ, trước ngày hẹn (ngày hẹn lại nếu đã xin lỗi, gia hạn).", Sources.CONTROL_SHEET),
    FINISHED_ON_TIME("Đã giải quyết đúng hạn",
            "Trả kết quả trong kỳ, đúng ngày hẹn.", Sources.CONTROL_SHEET),
    FINISHED_LATE("Đã giải quyết quá hạn",
            "Trả kết quả trong kỳ, sau ngày hẹn.", Sources.CONTROL_SHEET),
    NOT_DUE("Đang giải quyết, chưa đến hạn",
            "Chưa trả kết quả tại thời điểm tính (hôm nay hoặc cuối kỳ), ngày hẹn chưa qua.", Sources.GIA_LAI),
    OVERDUE("Đang giải quyết, quá hạn",
            "Chưa trả kết quả tại thời điểm tính, ngày hẹn đã qua, thời hạn đang tính.", Sources.GIA_LAI),
    PAUSED("Đang tạm dừng tính thời hạn",
            "Chưa trả kết quả, thời hạn đang dừng (thời gian thực hiện nghĩa vụ tài chính, chờ bổ sung theo yêu cầu "
                    + "của cơ quan giải quyết gửi trong 03 ngày làm việc). Yêu cầu bổ sung gửi muộn hơn không dừng "
                    + "thời hạn.", "Nghị định 118/2025/NĐ-CP Điều 19(5); Nghị định 151/2025/NĐ-CP"),
    LATE_ALL("Hồ sơ trễ hạn", "Đang giải quyết quá hạn + đã giải quyết quá hạn.", Sources.GIA_LAI),
    LATE_RATE("Tỷ lệ trễ hạn",
            "(Đang giải quyết quá hạn + đã giải quyết quá hạn) ÷ hồ sơ phải giải quyết.", Sources.GIA_LAI),
    ON_TIME_RATE("Tỷ lệ đúng hạn",
            "100% − tỷ lệ trễ hạn.", Sources.GIA_LAI),
    FINISHED_ON_TIME_RATE("Tỷ lệ giải quyết đúng hạn (QĐ 766)",
            "(Trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết trong kỳ; căn cứ nhóm chỉ tiêu «Tiến độ, kết quả giải quyết» "
                    + "(20 điểm).", "Quyết định 766/QĐ-TTg ngày 23/6/2022"),
    PROGRESS_SCORE("Điểm «Tiến độ, kết quả giải quyết» (QĐ 766)",
            "(Trước hạn + đúng hạn) ÷ hồ sơ tiếp nhận trong kỳ × 20 điểm, tối đa 20: cách chia cho số tiếp nhận "
                    + "như mã nguồn công khai của Bộ chỉ số chấm điểm, khác tỷ lệ trên (chia cho số đã giải quyết).",
            "Quyết định 766/QĐ-TTg ngày 23/6/2022 (nhóm chỉ tiêu 20 điểm)"),
    NEAR_DUE("Sắp đến hạn",
            "Đang giải quyết, thời hạn đang tính, ngày hẹn từ hôm nay đến hết số ngày làm việc cảnh báo.",
            "Cấu hình motcua.file-clock.near-due-working-days; Công văn 2120/TNMT-VP"),
    OVERDUE_NOW("Quá hạn (hiện tại)",
            "Đang giải quyết, thời hạn đang tính, ngày hẹn đã qua tính đến hôm nay.", Sources.GIA_LAI),
    PAUSED_PAST_DUE("Tạm ngưng quá hạn biên nhận",
            "Đang tạm dừng mà ngày hẹn trên giấy tiếp nhận đã qua: phải liên hệ người dân và gửi thư xin lỗi.",
            "Công văn 2120/TNMT-VP (2024) về hồ sơ «tạm ngưng»"),
    APOLOGY_TIMELY("Xin lỗi, hẹn lại đúng hạn",
            "Phiếu xin lỗi và hẹn lại ghi nhận trong kỳ, chậm nhất 01 ngày trước ngày hẹn cũ.", Sources.APOLOGY),
    APOLOGY_LATE("Xin lỗi, hẹn lại muộn",
            "Phiếu xin lỗi và hẹn lại ghi nhận trong kỳ, sau thời điểm 01 ngày trước ngày hẹn cũ.", Sources.APOLOGY),
    APOLOGY_MISSING("Trễ hạn chưa xin lỗi",
            "Hồ sơ trễ hạn (đang hoặc đã giải quyết) chưa từng được hẹn lại bằng phiếu xin lỗi.", Sources.APOLOGY),
    SUPPLEMENTS_PER_FILE("Số lần yêu cầu bổ sung bình quân",
            "Tổng số lần cơ quan giải quyết yêu cầu bổ sung ÷ hồ sơ phải giải quyết.", Sources.SUPPLEMENT),
    SUPPLEMENTED_TWICE("Bổ sung từ 2 lần trở lên",
            "Hồ sơ phải yêu cầu bổ sung từ 2 lần trở lên, trái nguyên tắc yêu cầu «một lần đầy đủ».", Sources.SUPPLEMENT),
    ONLINE_SHARE("Tỷ lệ nộp trực tuyến",
            "Hồ sơ nộp trực tuyến ÷ mọi hồ sơ nộp trong kỳ (kể cả bị từ chối, rút).",
            "Quyết định 766/QĐ-TTg (Cung cấp dịch vụ trực tuyến); Nghị định 118/2025/NĐ-CP Điều 15"),
    POSTAL_SHARE("Tỷ lệ nộp qua bưu chính",
            "Hồ sơ nộp qua dịch vụ bưu chính công ích ÷ mọi hồ sơ nộp trong kỳ.",
            "Quyết định 45/2016/QĐ-TTg; Nghị định 118/2025/NĐ-CP Điều 15(2)"),
    SUBMITTED("Hồ sơ nộp trong kỳ", "Mọi hồ sơ nộp trong kỳ, theo kênh nộp.", "Nghị định 118/2025/NĐ-CP Điều 15"),
    LATE_HANDOVERS("Bước xử lý quá hạn",
            "Hồ sơ có bước xử lý hoàn thành quá hạn trong kỳ hoặc đang giữ quá hạn theo phiếu kiểm soát quá trình.",
            Sources.CONTROL_SHEET);

    private final String label;
    private final String definition;
    private final String source;

    Indicator(String label, String definition, String source) {
        this.label = label;
        this.definition = definition;
        this.source = source;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    public String source() {
        return source;
    }

    private static final class Sources {
        static final String GIA_LAI = "Cách tính thống kê tình hình xử lý hồ sơ, Cổng dịch vụ công tỉnh Gia Lai";
        static final String CONTROL_SHEET = "Phiếu kiểm soát quá trình giải quyết hồ sơ; Nghị định 118/2025/NĐ-CP Điều 22";
        static final String APOLOGY = "Nghị định 118/2025/NĐ-CP Điều 19(6)";
        static final String SUPPLEMENT = "Nghị định 118/2025/NĐ-CP Điều 11(2)(c), Điều 19(5)";
    }
}

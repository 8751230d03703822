package vn.motcua.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import vn.motcua.dossier.Channel;

/**
 * The past of one demo file, as a script: where and when it was received, for which commune's
 * parcel, how fast its officers worked (a share of each step's quota), which steps ran late and by
 * how many working days, whether the agency apologised in time, late or not at all, and what was
 * special about it. {@link DemoReplay} plays it on the engine with the engine's clock in the past;
 * whatever the script puts after the start-up moment does not happen, so the newest files are the
 * ones still open.
 *
 * @param desk            the officer who received it: her centre is the receiving desk
 * @param workingDaysAgo  the day of receipt, in working days before today
 * @param pace            the share of a step's quota an on-time step uses, on average (0.1 brisk, 0.9 just in time)
 * @param lateBy          steps that overran their quota, by how many working days (first time the step is held)
 * @param apologyDays     how many working days the apology moves the appointment
 * @param waitDays        working days the applicant took to bring a supplement (or to come back, for the
 *                        incomplete file that never came back)
 */
record DemoStory(String procedure, String commune, String desk, int workingDaysAgo, Channel channel, String applicant,
        double pace, Map<String, Integer> lateBy, Apology apology, int apologyDays, String delayReason, Special special,
        int waitDays) {

    static final String LONG_THANH = "26041";
    static final String AN_PHUOC = "26068";
    static final String BU_GIA_MAP = "25219";

    /** The apology with a new appointment (Decree 118/2025 Art 19(6)). */
    enum Apology {
        /** None: a late file stays "trễ hạn chưa xin lỗi". */
        NONE,
        /** The leader answers the apology task when it opens, before the appointment. */
        TIMELY,
        /** The leader apologises only once the file is overdue (recorded late, the file stays late). */
        LATE
    }

    enum Special {
        NONE,
        /** The applicant withdraws it the next working day. */
        WITHDRAWN,
        /** Incomplete at the desk; the applicant brings the missing papers after {@code waitDays}. */
        INCOMPLETE,
        /** Incomplete at the desk and never completed: closed after the 15 days. */
        NEVER_COMPLETED,
        /** Refused at the desk, with the reason. */
        REFUSED,
        /** The processing agency asks for a supplement within 3 working days; the clock restarts. */
        AGENCY_SUPPLEMENT
    }

    /**
     * The demo province's files: about four months of Long Thành, An Phước and the remote Bù Gia
     * Mập, every procedure, received at each commune's centre (and at Long Thành's for parcels in An
     * Phước), finished early, on time and late, some steps late, apologies in time and late, a few
     * near due or overdue now; a withdrawal, refusals, supplements at the desk and by the agency.
     */
    static List<DemoStory> province() {
        List<Builder> stories = List.of(
                // Long Thành: its centre's desk, its land office and commune, the Long Thành registry branch.
                lt("land-use-conversion", 84, "tiepnhan1").pace(0.5),
                lt("parcel-split", 80, "tiepnhan2").pace(0.3),
                lt("first-certificate", 77, "tiepnhan1").pace(0.6),
                // late, no apology
                lt("certificate-revocation", 72, "tiepnhan2").pace(0.7).late("appraiseFile", 6).late("approveRevocation", 3),
                lt("land-dispute-mediation", 68, "tiepnhan1").pace(0.6),
                lt("parcel-merge", 63, "tiepnhan2").online().pace(0.4),
                lt("land-use-conversion", 57, "tiepnhan1").pace(0.8).late("appraiseFile", 5).late("approveConversion", 2)
                        .apology(Apology.TIMELY, 7, "Chuyên viên thẩm định nghỉ ốm dài ngày, hồ sơ phải giao lại cho"
                                + " chuyên viên khác kiểm tra thực địa"),
                lt("parcel-split", 50, "tiepnhan2").pace(0.9).late("surveyParcel", 5).late("updateLandRecords", 2)
                        .apology(Apology.LATE, 5, "Phải đo đạc lại ranh giới thửa đất do các hộ liền kề chưa thống nhất"
                                + " mốc giới"),
                lt("land-use-conversion", 42, "tiepnhan1").online().pace(0.3),
                lt("first-certificate", 37, "tiepnhan2").pace(0.7).late("confirmLandOrigin", 2),
                lt("certificate-revocation", 31, "tiepnhan1").pace(0.5),
                lt("parcel-merge", 26, "tiepnhan2").pace(0.5).special(Special.AGENCY_SUPPLEMENT, 4),
                // overdue now, still at the land office
                lt("land-use-conversion", 22, "tiepnhan1").pace(0.6).late("appraiseFile", 30),
                lt("parcel-split", 14, "tiepnhan2").pace(0.6),
                lt("land-dispute-mediation", 12, "tiepnhan1").pace(0.5),
                // near due, still at the land office
                lt("certificate-revocation", 23, "tiepnhan2").pace(0.6).late("appraiseFile", 17),
                lt("first-certificate", 1, "tiepnhan1").pace(0.5),
                lt("land-use-conversion", 3, "tiepnhan1").special(Special.WITHDRAWN, 0),
                lt("parcel-split", 2, "tiepnhan2").special(Special.INCOMPLETE, 30),
                lt("first-certificate", 6, "tiepnhan1").special(Special.REFUSED, 0),
                // Received at Long Thành's desk for parcels in An Phước: An Phước's agencies process them,
                // Long Thành's desk returns the result (Decree 118/2025 Art 14(2)).
                story("land-use-conversion", AN_PHUOC, "tiepnhan1", 46).pace(0.5),
                story("parcel-split", AN_PHUOC, "tiepnhan2", 10).pace(0.5),
                // An Phước: its own centre, land office and commune; the Long Thành registry branch serves it too.
                ap("land-use-conversion", 74).pace(0.4),
                // late, no apology
                ap("first-certificate", 65).pace(0.8).late("confirmLandOrigin", 4).late("surveyParcel", 3),
                ap("parcel-merge", 53).pace(0.2),
                ap("land-dispute-mediation", 40).pace(0.5).late("holdMediationMeeting", 2),
                ap("certificate-revocation", 29).pace(0.6).late("approveRevocation", 2),
                ap("land-use-conversion", 17).online().pace(0.5),
                // near due, at the registry branch
                ap("parcel-merge", 10).pace(0.6).late("surveyParcel", 5),
                ap("land-use-conversion", 8).online().pace(0.7),
                ap("parcel-split", 6).pace(0.5),
                ap("certificate-revocation", 3).pace(0.5),
                ap("land-use-conversion", 1).pace(0.5),
                ap("land-dispute-mediation", 2).pace(0.5),
                ap("first-certificate", 33).special(Special.NEVER_COMPLETED, 40),
                // Bù Gia Mập: remote (+10 working days), served by the Phước Long registry branch.
                bgm("land-use-conversion", 82).pace(0.6),
                bgm("parcel-split", 70).pace(0.4),
                bgm("first-certificate", 60).pace(0.7).late("confirmLandOrigin", 3),
                bgm("certificate-revocation", 55).pace(0.9).late("appraiseFile", 9).late("cancelCertificate", 6)
                        .apology(Apology.TIMELY, 6, "Chờ kết quả xác minh của Công an xã về giấy chứng nhận bị khai báo mất"),
                bgm("parcel-merge", 47).pace(0.5).special(Special.INCOMPLETE, 4),
                // late, no apology
                bgm("land-dispute-mediation", 38).pace(0.8).late("verifyDispute", 4).late("holdMediationMeeting", 4),
                // overdue now, at the registry branch
                bgm("land-use-conversion", 45).pace(0.7).late("updateLandRecords", 40),
                bgm("parcel-split", 19).online().pace(0.5),
                bgm("first-certificate", 9).pace(0.5),
                bgm("land-use-conversion", 4).pace(0.5));
        return IntStream.range(0, stories.size())
                .mapToObj(i -> stories.get(i).build(APPLICANTS.get(i % APPLICANTS.size()))).toList();
    }

    private static Builder lt(String procedure, int workingDaysAgo, String desk) {
        return story(procedure, LONG_THANH, desk, workingDaysAgo);
    }

    private static Builder ap(String procedure, int workingDaysAgo) {
        return story(procedure, AN_PHUOC, "tiepnhanap", workingDaysAgo);
    }

    private static Builder bgm(String procedure, int workingDaysAgo) {
        return story(procedure, BU_GIA_MAP, "tiepnhanbgm", workingDaysAgo);
    }

    private static Builder story(String procedure, String commune, String desk, int workingDaysAgo) {
        return new Builder(procedure, commune, desk, workingDaysAgo);
    }

    /** Applicants of the demo (none of the tests' names). */
    static final List<String> APPLICANTS = List.of("Nguyễn Văn Bình", "Trần Thị Cúc", "Lê Hoàng Dũng", "Phạm Thị Em",
            "Hoàng Văn Giang", "Vũ Thị Hạnh", "Đặng Văn Khoa", "Bùi Thị Lan", "Trương Minh Quân", "Mai Thị Sen",
            "Tạ Văn Tài", "Kiều Thị Uyên", "Lương Văn Vĩnh", "Điểu Thị Hương", "Thị Kim Dung", "Lâm Văn Hải",
            "Châu Thị Mỹ", "Huỳnh Văn Lộc", "Ngô Văn Minh", "Quách Thị Hồng", "Đỗ Thị Ngọc", "Lý Văn Phong",
            "Phan Thanh Sang", "Dương Thị Thảo", "Cao Văn Trí", "Võ Thị Xuân", "Hồ Văn Yên", "La Thị Ánh",
            "Điểu Văn Brông", "Thạch Thị Ngân", "Trịnh Văn Đức", "Mạc Thị Liên", "Tô Văn Nghĩa", "Văn Thị Phượng",
            "Âu Văn Quang", "Khổng Thị Sương", "Lục Văn Thành", "Ninh Thị Trang", "Bế Văn Tùng", "Đinh Thị Vân",
            "Hà Văn Xuyên", "Chu Thị Yến", "Ông Văn Bảo", "Giáp Thị Chi", "Mẫn Văn Định");

    static final class Builder {
        private final String procedure;
        private final String commune;
        private final String desk;
        private final int workingDaysAgo;
        private Channel channel = Channel.IN_PERSON;
        private double pace = 0.5;
        private final Map<String, Integer> lateBy = new HashMap<>();
        private Apology apology = Apology.NONE;
        private int apologyDays;
        private String delayReason;
        private Special special = Special.NONE;
        private int waitDays;

        Builder(String procedure, String commune, String desk, int workingDaysAgo) {
            this.procedure = procedure;
            this.commune = commune;
            this.desk = desk;
            this.workingDaysAgo = workingDaysAgo;
        }

        Builder online() {
            channel = Channel.ONLINE;
            return this;
        }

        Builder pace(double share) {
            pace = share;
            return this;
        }

        Builder late(String step, int workingDays) {
            lateBy.put(step, workingDays);
            return this;
        }

        Builder apology(Apology kind, int days, String reason) {
            apology = kind;
            apologyDays = days;
            delayReason = reason;
            return this;
        }

        Builder special(Special kind, int days) {
            special = kind;
            waitDays = days;
            return this;
        }

        DemoStory build(String applicant) {
            return new DemoStory(procedure, commune, desk, workingDaysAgo, channel, applicant, pace, Map.copyOf(lateBy),
                    apology, apologyDays, delayReason, special, waitDays);
        }
    }
}

package vn.motcua.organisation;

/**
 * The demo province's officers, listed in docs/demo.md: today's users work in the first commune (Long
 * Thành) and its agencies under the plain group ids; the other communes' and branch's officers are in
 * the groups their agency's groupPrefix gives (organisation/province.yaml).
 */
enum DemoUser {

    DESK_OFFICER("tiepnhan1", "Nguyễn Thị", "Lan", Unit.DESK.groupId()),
    DESK_OFFICER_2("tiepnhan2", "Trần Văn", "Hùng", Unit.DESK.groupId()),
    DESK_HEAD("lanhdaomotcua", "Phan Thị", "Hạnh", Unit.DESK.groupId(), Unit.DESK.leaderGroupId()),
    SPECIALIST("chuyenvien1", "Lê Minh", "Tuấn", Unit.LAND_OFFICE.groupId()),
    SPECIALIST_2("chuyenvien2", "Phạm Thu", "Hà", Unit.LAND_OFFICE.groupId()),
    LAND_OFFICE_LEADER("lanhdao1", "Hoàng Văn", "Nam", Unit.LAND_OFFICE.groupId(), Unit.LAND_OFFICE.leaderGroupId()),
    REGISTRY_OFFICER("vpdk1", "Đỗ Thị", "Mai", Unit.LAND_REGISTRY.groupId()),
    REGISTRY_LEADER("lanhdaovpdk", "Trịnh Quang", "Vinh", Unit.LAND_REGISTRY.groupId(),
            Unit.LAND_REGISTRY.leaderGroupId()),
    TAX_OFFICER("thue1", "Vũ Quốc", "Bảo", Unit.TAX_OFFICE.groupId()),
    COMMUNE_OFFICER("xa1", "Bùi Thị", "Hoa", Unit.COMMUNE.groupId()),
    COMMUNE_CHAIR("chutichxa", "Lý Văn", "Phúc", Unit.COMMUNE.groupId(), Unit.COMMUNE.leaderGroupId()),
    // Xã An Phước: receives files for any parcel of the province, processes its own parcels.
    DESK_AN_PHUOC("tiepnhanap", "Trương Thị", "Ngọc Ánh", "anphuocdesk"),
    SPECIALIST_AN_PHUOC("chuyenvienap", "Nguyễn Văn", "Sơn", "anphuoclandoffice"),
    LEADER_AN_PHUOC("lanhdaoap", "Lê Thị", "Thu", "anphuoclandoffice", "anphuoclandofficeleaders"),
    COMMUNE_AN_PHUOC("xaap", "Đinh Văn", "Lực", "anphuoccommune"),
    CHAIR_AN_PHUOC("chutichap", "Nguyễn Hữu", "Thắng", "anphuoccommune", "anphuoccommuneleaders"),
    // Xã Bù Gia Mập, a remote commune served by the Phước Long registry branch.
    DESK_BU_GIA_MAP("tiepnhanbgm", "Điểu Thị", "Lan", "bugiamapdesk"),
    SPECIALIST_BU_GIA_MAP("chuyenvienbgm", "Điểu Thị", "Bích", "bugiamaplandoffice"),
    LEADER_BU_GIA_MAP("lanhdaobgm", "Lê Thị", "Hồng", "bugiamaplandoffice", "bugiamaplandofficeleaders"),
    COMMUNE_BU_GIA_MAP("xabgm", "Điểu", "Đắk", "bugiamapcommune"),
    CHAIR_BU_GIA_MAP("chutichbgm", "Điểu Văn", "Khánh", "bugiamapcommune", "bugiamapcommuneleaders"),
    REGISTRY_PHUOC_LONG("vpdkpl", "Võ Thị", "Kim", "phuoclonglandregistry"),
    REGISTRY_LEADER_PHUOC_LONG("lanhdaovpdkpl", "Võ Thành", "Trung", "phuoclonglandregistry",
            "phuoclonglandregistryleaders"),
    SUPERVISOR("giamsat1", "Đặng Thị", "Thu", Role.SUPERVISOR.groupId()),
    ANALYST("phantich1", "Ngô Đức", "Anh", Role.ANALYST.groupId()),
    MONITORING("vanhanh1", "Hệ thống", "Theo dõi", Role.MONITORING.groupId());

    private final String id;
    private final String firstName;
    private final String lastName;
    private final String[] groupIds;

    DemoUser(String id, String firstName, String lastName, String... groupIds) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.groupIds = groupIds;
    }

    String id() {
        return id;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String[] groupIds() {
        return groupIds;
    }
}

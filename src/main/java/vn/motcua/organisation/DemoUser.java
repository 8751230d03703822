package vn.motcua.organisation;

/** The demo office: one officer or more per role, listed in the README. */
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
    SUPERVISOR("giamsat1", "Đặng Thị", "Thu", Role.SUPERVISOR.groupId()),
    ANALYST("phantich1", "Ngô Đức", "Anh", Role.ANALYST.groupId());

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

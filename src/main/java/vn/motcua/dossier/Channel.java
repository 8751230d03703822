package vn.motcua.dossier;

/** How a file reached the desk and how its result leaves it (Decree 118/2025 Art 15). */
public enum Channel {
    IN_PERSON("Trực tiếp tại Bộ phận Một cửa"),
    POST("Qua dịch vụ bưu chính công ích"),
    ONLINE("Trực tuyến trên Cổng Dịch vụ công");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** As the receipt and the file's history write it. */
    public String label() {
        return label;
    }
}

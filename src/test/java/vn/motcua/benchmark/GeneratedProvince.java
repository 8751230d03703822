package vn.motcua.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation file for a province of {@code communes} communes: each with its centre, People's
 * Committee and land office; a registry branch per ten communes; one tax office. The first commune
 * keeps the plain group ids, like the demo's first office. Every fifth commune is remote.
 */
final class GeneratedProvince {

    /** One officer to create: id, and the groups he works in. */
    record Officer(String id, List<String> groups) {
    }

    static final String[] ROLES = {"desk", "landoffice", "commune"};

    private GeneratedProvince() {
    }

    static String communeCode(int i) {
        return String.valueOf(30001 + i);
    }

    static String prefix(int i) {
        return i == 0 ? "" : "x" + i;
    }

    static Path write(int communes, Path dir) {
        StringBuilder yaml = new StringBuilder("""
                province: { code: "99", name: "Tỉnh Thử Nghiệm" }
                effectiveFrom: 2025-07-01
                communes:
                """);
        for (int i = 0; i < communes; i++) {
            yaml.append("  - { code: \"").append(communeCode(i)).append("\", name: \"Xã Thử ").append(i + 1)
                    .append("\", remote: ").append(i % 5 == 4).append(" }\n");
        }
        yaml.append("agencies:\n");
        for (int i = 0; i < communes; i++) {
            String code = communeCode(i);
            agency(yaml, "c" + i + "-centre", "SERVICE_CENTRE", "Trung tâm Phục vụ hành chính công xã Thử " + (i + 1),
                    "commune: \"" + code + "\"", prefix(i), i);
            agency(yaml, "c" + i + "-committee", "COMMUNE_COMMITTEE", "Ủy ban nhân dân xã Thử " + (i + 1),
                    "commune: \"" + code + "\"", prefix(i), i);
            agency(yaml, "c" + i + "-economy", "COMMUNE_LAND_OFFICE", "Phòng Kinh tế xã Thử " + (i + 1),
                    "commune: \"" + code + "\"", prefix(i), i);
        }
        for (int b = 0; b * 10 < communes; b++) {
            List<String> served = new ArrayList<>();
            for (int i = b * 10; i < Math.min(communes, b * 10 + 10); i++) {
                served.add("\"" + communeCode(i) + "\"");
            }
            agency(yaml, "branch" + b, "REGISTRY_BRANCH", "Chi nhánh Văn phòng đăng ký đất đai khu vực " + (b + 1),
                    "serves: [" + String.join(", ", served) + "]", b == 0 ? "" : "br" + b, 1000 + b);
        }
        agency(yaml, "tax", "TAX_OFFICE", "Thuế cơ sở 1", "serves: [\"*\"]", "", 2000);
        yaml.append("""
                routing:
                  default:
                    landoffice: { kind: COMMUNE_LAND_OFFICE, source: "thử nghiệm" }
                    commune: { kind: COMMUNE_COMMITTEE, source: "thử nghiệm" }
                    landregistry: { kind: REGISTRY_BRANCH, source: "thử nghiệm" }
                    taxoffice: { kind: TAX_OFFICE, source: "thử nghiệm" }
                  procedures: {}
                """);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("province-" + communes + ".yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void agency(StringBuilder yaml, String id, String kind, String name, String where, String prefix,
            int number) {
        yaml.append("  - { id: ").append(id).append(", kind: ").append(kind).append(", code: \"000.00.")
                .append(String.format("%02d.%s%04d", number % 100, "T", number)).append("\", name: \"").append(name)
                .append("\", abbreviation: \"X\", place: \"Thử\", ").append(where).append(", groupPrefix: \"")
                .append(prefix).append("\" }\n");
    }

    /** {@code perCommune} officers in every commune, spread over its three agencies' groups. */
    static List<Officer> officers(int communes, int perCommune) {
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            for (int k = 0; k < perCommune; k++) {
                String role = ROLES[k % ROLES.length];
                officers.add(new Officer("o" + i + "n" + k, List.of(prefix(i) + role)));
            }
        }
        return officers;
    }
}

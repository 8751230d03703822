package vn.motcua.letter;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Officers' full names for signature blocks and the control sheet, read from the engine's user
 * table. Read directly rather than through IdentityService: inside a step run from Tasklist the
 * engine filters user queries by the caller's authorizations, and an officer may not read the
 * other officers' profiles, yet their names belong on the control sheet.
 */
@Component
public class OfficerNames {

    private final JdbcTemplate jdbc;

    OfficerNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The officer's name, blank for the system or an unknown user. */
    public String of(String userId) {
        if (userId == null || userId.isBlank() || "system".equals(userId)) {
            return "";
        }
        List<String> names = jdbc.query("select first_, last_ from act_id_user where id_ = ?",
                (rs, n) -> join(rs.getString("first_"), rs.getString("last_")), userId);
        return names.isEmpty() ? "" : names.get(0);
    }

    Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        for (String id : userIds) {
            if (id != null && !names.containsKey(id)) {
                String name = of(id);
                names.put(id, name.isEmpty() ? id : name);
            }
        }
        return names;
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
    }
}

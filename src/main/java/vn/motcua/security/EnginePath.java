package vn.motcua.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to Camunda's engine API through either door, reduced to what the rules look at: the
 * method and the path below the engine, the same for {@code /engine-rest/task/1} and
 * {@code /camunda/api/engine/engine/default/task/1}.
 */
public record EnginePath(String method, String path) {

    /** The REST API, with or without the engine's name; Tasklist's and Cockpit's API always names it. */
    private static final Pattern DOORS = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    /**
     * @param servletPathAndInfo the path as the container decoded and normalised it (no {@code ;params},
     *                           no {@code ..}), so what the rules see is what Camunda's resources see
     * @return null when the request is not for the engine API
     */
    public static EnginePath of(String method, String servletPathAndInfo) {
        if (servletPathAndInfo.equals("/engine-rest/engine")) {
            return new EnginePath(method, "/engine");
        }
        Matcher m = DOORS.matcher(servletPathAndInfo);
        if (!m.matches()) {
            return null;
        }
        String path = m.group(1) == null ? "/" : m.group(1);
        // Jersey ignores a trailing slash; so do the rules.
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new EnginePath(method.toUpperCase(java.util.Locale.ROOT), path);
    }

    boolean reads() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** @return the first group of the pattern if the path matches it whole, else null */
    public String match(Pattern pattern) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? (m.groupCount() > 0 ? m.group(1) : path) : null;
    }
}

package vn.motcua.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls to the running test application, as a browser, a portal or Tasklist would make them. */
public final class HttpCalls {

    private final int port;
    private final HttpClient http;

    public HttpCalls(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static final java.util.regex.Pattern FILE_CODE = java.util.regex.Pattern.compile("\"code\":\"([^\"]+)\"");

    /** The file code of a reception's answer (POST /api/dossiers). */
    public static String fileCode(HttpResponse<String> response) {
        java.util.regex.Matcher m = FILE_CODE.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("no file code in: " + response.body());
        }
        return m.group(1);
    }

    /** @param credentials "user:password" */
    public static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public HttpClient client() {
        return http;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** @param credentials "user:password" for HTTP Basic, or null for an anonymous call */
    public HttpResponse<String> get(String path, String credentials) throws Exception {
        return send("GET", path, credentials, null);
    }

    public HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return send("POST", path, credentials, json);
    }

    public HttpResponse<String> send(String method, String path, String credentials, String json) throws Exception {
        return send(method, path, credentials, json, "application/json");
    }

    /** As Tasklist asks: HAL, which embeds the filter's variables in each task. */
    public HttpResponse<String> sendHal(String method, String path, String credentials, String json) throws Exception {
        return send(method, path, credentials, json, "application/hal+json");
    }

    private HttpResponse<String> send(String method, String path, String credentials, String json, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Logs into one of Camunda's webapps ("tasklist", "cockpit", "admin") as a browser does: the
     * app page sets the XSRF-TOKEN cookie, the login form sends it back. The session stays in this client.
     */
    public HttpResponse<String> webappLogin(String app, String user, String password) throws Exception {
        get("/camunda/app/" + app + "/default/", null);
        String token = xsrfToken();
        HttpRequest login = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build();
        return http.send(login, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The webapps' XSRF token of this client's session, as the last page set it: a POST to /camunda/api sends it back. */
    public String xsrfToken() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b)
                .orElseThrow();
    }
}

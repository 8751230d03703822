package vn.motcua.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A deployment exactly as Camunda Modeler 5 sends it to a Camunda 7 engine: POST
 * {@code /engine-rest/deployment/create} with the diagram alone, under its own file name, and
 * "deploy changed only".
 */
public final class ModelerDeployment {

    private ModelerDeployment() {
    }

    public static HttpResponse<String> deploy(HttpCalls calls, String credentials, String fileName, byte[] diagram)
            throws Exception {
        String boundary = "----modeler" + System.nanoTime();
        String deploymentName = fileName.replaceFirst("\\.[^.]+$", "");
        byte[] head = (field(boundary, "deployment-name", deploymentName)
                + field(boundary, "deploy-changed-only", "true")
                + field(boundary, "deployment-source", "Camunda Modeler")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + diagram.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(diagram, 0, body, head.length, diagram.length);
        System.arraycopy(tail, 0, body, head.length + diagram.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(calls.uri("/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return calls.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}

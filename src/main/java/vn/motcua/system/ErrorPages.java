package vn.motcua.system;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a browser gets when something goes wrong outside the webapps' own screens (an unknown
 * address, a refused request, an unexpected failure): in Vietnamese, with what the officer can do
 * next and a way back to Tasklist, instead of Spring's "Whitelabel Error Page". Spring Boot asks
 * this resolver only for requests that accept text/html; JSON callers keep getting the JSON body
 * of {@link ApiErrorAttributes}. Rendered by templates/error.html.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    /** When it happened, as the office's clocks show it: what an administrator looks for in the log. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(VietnamTime.ZONE);

    private final String webappsPath;

    ErrorPages(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappsPath) {
        this.webappsPath = webappsPath;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("status", status.value());
        page.put("title", title(status.value()));
        page.put("explanation", explanation(status.value()));
        if (model.get("timestamp") instanceof Date timestamp) {
            page.put("time", TIME.format(timestamp.toInstant()));
        }
        page.put("tasklistUrl", request.getContextPath() + webappsPath + "/app/tasklist/");
        return new ModelAndView("error", page, status);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Cần đăng nhập";
            case 403 -> "Không có quyền truy cập";
            case 404 -> "Không tìm thấy trang";
            case 405 -> "Thao tác không được hỗ trợ";
            case 413 -> "Nội dung gửi lên quá lớn";
            default -> status >= 500 ? "Hệ thống gặp lỗi" : "Không thực hiện được yêu cầu";
        };
    }

    static String explanation(int status) {
        return switch (status) {
            case 400 -> "Địa chỉ hoặc dữ liệu gửi lên không đúng dạng. Hãy quay lại trang trước, kiểm tra "
                    + "nội dung đã nhập rồi thử lại.";
            case 401 -> "Trang này chỉ dành cho cán bộ đã đăng nhập. Hãy đăng nhập bằng tài khoản cán bộ "
                    + "rồi mở lại trang.";
            case 403 -> "Tài khoản đang dùng không có quyền xem trang này hoặc thực hiện thao tác này. Nếu công "
                    + "việc cần đến quyền đó, xin liên hệ quản trị viên hệ thống.";
            case 404 -> "Địa chỉ này không có trên hệ thống: đường dẫn có thể bị gõ sai, đã cũ hoặc trang đã "
                    + "được chuyển đi. Hãy kiểm tra lại địa chỉ, hoặc mở Danh sách công việc.";
            case 405 -> "Trang này không nhận thao tác vừa gửi. Hãy quay lại trang trước và thao tác lại.";
            case 413 -> "Dữ liệu hoặc tệp gửi lên vượt quá dung lượng cho phép. Hãy gửi nội dung nhỏ hơn.";
            default -> status >= 500
                    ? "Đã xảy ra lỗi ngoài dự kiến khi xử lý yêu cầu; những gì đã lưu trước đó không bị ảnh hưởng. "
                            + "Hãy thử lại sau ít phút. Nếu lỗi lặp lại, xin báo quản trị viên hệ thống kèm mã lỗi "
                            + "và thời điểm ghi dưới đây."
                    : "Hệ thống không thực hiện được yêu cầu này. Hãy quay lại trang trước và thử lại.";
        };
    }
}

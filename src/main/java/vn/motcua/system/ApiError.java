package vn.motcua.system;

import java.util.List;

/** The body of every 4xx answer of the project's own API: a reason a person understands. */
public record ApiError(int status, String error, String message, List<FieldProblem> problems) {

    public record FieldProblem(String field, String message) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}

package vn.motcua.system;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the caller must correct. Messages are shown to a person, so they are Vietnamese
 * and say what was wrong; all problems are reported at once so they are fixed in one go.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<ApiError.FieldProblem> problems;

    public InvalidRequestException(String field, String message) {
        this(List.of(new ApiError.FieldProblem(field, message)));
    }

    public InvalidRequestException(List<ApiError.FieldProblem> problems) {
        super(problems.stream().map(ApiError.FieldProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public String field() {
        return problems.get(0).field();
    }

    public List<ApiError.FieldProblem> problems() {
        return problems;
    }
}

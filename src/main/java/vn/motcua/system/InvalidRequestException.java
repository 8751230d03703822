package vn.motcua.system;

/**
 * A request the caller must correct. The message is shown to a person, so it is Vietnamese
 * and says what was wrong and what is expected; {@code field} names the offending input.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

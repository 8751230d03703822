package vn.motcua.system;

/** The caller is known but this particular thing is not theirs to see or do; answered with 403 and the reason. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

package vn.motcua.system;

/** The request is well-formed but the file is not in a state that allows it; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

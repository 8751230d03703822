package vn.motcua.system;

/** Something the caller named does not exist (or is not theirs to see); answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

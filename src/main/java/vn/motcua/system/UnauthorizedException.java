package vn.motcua.system;

/** The caller did not prove who it is (a missing or wrong signature); answered with 401. */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}

package vn.motcua.system;

/** What the caller refers to existed but is over (e.g. an answer for a file that stopped); answered with 410. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}

package vn.motcua.letter;

/**
 * Form values of the step that is running, for letters whose event carries no text (the leader's
 * refusal reason, who collected the result, the certificate number). Outside a BPMN step (a file
 * received over the API) there are none. Owned here and implemented by the engine adapter
 * ({@code vn.motcua.engine.letter}), so this package never imports the engine.
 */
public interface ExecutionVariables {

    /** The variable's text as the step sees it (its own scope and above), or null. */
    String text(String name);

    /** The first variable among {@code names} that has text, or null. */
    default String firstText(String... names) {
        for (String name : names) {
            String value = text(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}

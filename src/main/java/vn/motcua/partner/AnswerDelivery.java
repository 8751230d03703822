package vn.motcua.partner;

import java.util.Map;

/**
 * Hands an agency's answer to the exchange process that waits for it ({@code dossier-partner-exchange}).
 * Implemented by the engine adapter; {@link PartnerAnswers} checks and stores the answer first.
 */
public interface AnswerDelivery {

    /** Whether the exchange's process still runs (a withdrawn or closed file ended it). */
    boolean running(String processInstanceId);

    /**
     * Moves the process on with the answer's variables if it is already waiting for the answer; a
     * process still sending its request finds the stored answer itself.
     *
     * @return whether the process was waiting and moved on
     */
    boolean deliverIfWaiting(String processInstanceId, Map<String, Object> variables);
}

/**
 * Partner agencies: the land registration office, the tax office, the commune People's Committee,
 * the public post, the national public-service portal and the population database.
 * <ul>
 * <li>A partner step in a diagram is a call of the shared {@code dossier-partner-exchange} process:
 * the request is registered ({@link vn.motcua.partner.PartnerExchanges}), sent asynchronously with
 * retries and back-off (the engine adapter's {@code partnerRequest} delegate; the last failure is
 * an incident in Cockpit), and the process waits for the agency's answer ({@link vn.motcua.partner.PartnerSteps}
 * gives it its dates).</li>
 * <li>Answers come back on {@code POST /api/partners/{agency}/callbacks}, signed with the agency's
 * secret ({@link vn.motcua.partner.CallbackSignature}), and move exactly the file that waits for
 * them ({@link vn.motcua.partner.PartnerAnswers}, which hands them to the engine through
 * {@link vn.motcua.partner.AnswerDelivery}).</li>
 * <li>Every request carries an {@code Idempotency-Key}: a request sent again after a crash or a
 * retry has one effect at the agency.</li>
 * <li>Every status change of a file is sent to the national portal ({@link vn.motcua.partner.PortalSync}).</li>
 * </ul>
 */
package vn.motcua.partner;

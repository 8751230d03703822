package vn.motcua.partner;

/**
 * The agency's answer to a request: it took it (its own reference), and for the agencies that
 * answer at once, the result as well.
 *
 * @param reference the agency's own number for the request, if it gives one
 * @param status what the agency says of the request (e.g. ACCEPTED, MATCH, MISMATCH)
 */
public record Acknowledgement(String reference, String status) {
}

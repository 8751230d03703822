/**
 * A stand-in for the partner agencies over real HTTP, for demos and tests: on the node's own port
 * under {@code /simulator/{agency}/...}, on by default and off in the {@code prod} profile. It
 * takes a request like an agency would (HTTP Basic, an {@code Idempotency-Key} that it honours),
 * answers later with a signed callback after a configurable delay, and fails or refuses a
 * configurable share of requests. {@code GET /simulator/effects} tells how many distinct effects
 * each request had, so tests can prove that a retried call did not act twice.
 */
package vn.motcua.simulator;

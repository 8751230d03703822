package vn.motcua.supervision;

/**
 * The filter as the page's form and links send it (query parameters, all optional): months as
 * {@code 2026-03}, a unit's group id, a procedure key, a commune code, an agency id.
 */
record FilterParams(String from, String to, String unit, String procedure, String commune, String agency) {
}

/**
 * The citizens' pages, without an account: the home page ({@code /}), the published procedures
 * ({@code /thu-tuc}), the file lookup with the receipt's secret ({@code /tra-cuu}) and the satisfaction
 * rating after the result, by the criteria of {@code feedback/satisfaction-criteria.yaml}
 * ({@code /danh-gia}). Server-rendered, Vietnamese, one small script, a strict CSP; the lookup reuses
 * the letters' proof and throttle ({@code letter.LetterReader#citizenFile}).
 */
package vn.motcua.publicpage;

/**
 * Letters and official documents of a file (Decree 118/2025, TT 01/2018 and TT 03/2025 forms):
 * receipt and appointment, supplement request, refusal, apology with a new appointment, stop and
 * closing notices, result hand-over note and the process control sheet.
 * <ul>
 * <li>{@link vn.motcua.letter.LetterListener} turns each {@code DossierEvent} into its letters, once
 * per (file, event, occurrence), inside the step's transaction.</li>
 * <li>{@link vn.motcua.letter.IssuingAgency} decides, kind by kind, whose letter it is: the centre that
 * received the file or the agency that answers for it. Letterhead, place, numbers ({@link
 * vn.motcua.letter.LetterSeries}, per agency and year) and signatory are that agency's, from the
 * organisation file.</li>
 * <li>{@link vn.motcua.letter.LetterModels} computes every printed value; the FreeMarker templates in
 * {@code templates/letters/} only lay them out (HTML output format, auto-escaping on).</li>
 * <li>{@link vn.motcua.letter.PdfRenderer} prints the archived HTML to A4 PDF with an embedded
 * DejaVu Serif, so Vietnamese diacritics never depend on the server's fonts.</li>
 * <li>Citizens read their file's letters with the file code and the lookup secret printed on the
 * receipt ({@link vn.motcua.letter.LookupSecrets}); officers read every letter.</li>
 * </ul>
 */
package vn.motcua.letter;

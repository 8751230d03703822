/**
 * Citizens' feedback at the one-stop desk: complaints and petitions (phản ánh, kiến nghị) from the
 * province's 1022 hotline or recorded at the desk, answered by the unit holding the file within the
 * time limit of {@code feedback/rules.yaml} and sent back to the hotline; and the desk's reception
 * dialogues with their length.
 */
package vn.motcua.feedback;

/**
 * Supervision: the KPIs the province is judged by (Decision 766/QĐ-TTg, the Gia Lai late-rate
 * method), computed from the file register and the control sheet, never from Camunda history,
 * and shown to supervisors and unit leaders on a dashboard with exports.
 */
package vn.motcua.supervision;

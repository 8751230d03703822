/**
 * The officer's file page ("Hồ sơ", {@code /files/{code}}): a file's status, holder, appointment,
 * control sheet, partner exchanges, letters and comments on one server-rendered page, read with the
 * same rules as the files API. Reached from Tasklist, Cockpit and the dashboard with one login.
 */
package vn.motcua.filepage;

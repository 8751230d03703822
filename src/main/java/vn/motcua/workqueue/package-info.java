/**
 * The work queue: which open task waits for which group, kept in the application's own table from the
 * engine's task events. Tasklist's unit list and count read it, because the engine's task query checks
 * one grant per task and grows with the unit; the engine still checks every task it returns.
 */
package vn.motcua.workqueue;

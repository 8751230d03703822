/**
 * A complaint (phản ánh, kiến nghị) as Tasklist work: the engine side of {@code vn.motcua.feedback}.
 * The process {@code complaint-handling} (processes/complaint-handling.bpmn) gives the answering unit
 * a task with the complaint's deadline, calls in the unit's leaders when it is late, and writes the
 * answer through the feedback package's service; {@code feedback} knows it only as
 * {@link vn.motcua.feedback.ComplaintTasks}, so the engine stays out of the register's package.
 */
package vn.motcua.engine.complaint;

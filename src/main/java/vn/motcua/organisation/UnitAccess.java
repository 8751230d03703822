package vn.motcua.organisation;

/**
 * The organisation as the workflow engine needs it to let each officer see his unit's work: every
 * agency and role as groups, what each group may do, and the shared task lists (Tasklist's filters).
 * Written idempotently by the engine adapter, at every start and after a reload.
 */
public interface UnitAccess {

    void apply(Organisation organisation);
}

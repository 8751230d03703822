package vn.motcua.system;

/**
 * Data a node writes when it starts (the organisation's authorizations and filters, the demo
 * office): run by {@link StartupSeeding} in {@code @Order}, before the node reports itself ready.
 */
public interface StartupSeed {

    void seed();
}

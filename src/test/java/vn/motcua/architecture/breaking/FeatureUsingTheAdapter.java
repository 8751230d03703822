package vn.motcua.architecture.breaking;

import vn.motcua.engine.dossier.FileIdentity;

/** A feature class as the structure rules forbid it: it reaches into the engine adapter. Only StructureRulesBiteTest reads it. */
public class FeatureUsingTheAdapter {

    public Class<?> adapter() {
        return FileIdentity.class;
    }
}

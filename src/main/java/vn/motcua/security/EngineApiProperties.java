package vn.motcua.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param deployThroughApi whether diagrams, forms and decision tables may be deployed through the engine
 *                         API (Camunda Modeler, Cockpit's redeploy). True on a demo or staging engine,
 *                         where analysts try their changes; false in production, where processes change
 *                         only with a release of the build (docs/security.md, "Who deploys").
 */
@ConfigurationProperties("motcua.security.engine-api")
record EngineApiProperties(boolean deployThroughApi) {
}

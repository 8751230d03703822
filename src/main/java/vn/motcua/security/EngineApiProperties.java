package vn.motcua.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param deployThroughApi whether diagrams, forms and decision tables may be deployed through the engine
 *                         API (Camunda Modeler, Cockpit's redeploy). True on a demo or staging engine,
 *                         where analysts try their changes; false in production, where processes change
 *                         only with a release of the build (docs/security.md, "Who deploys").
 */
@Validated
@ConfigurationProperties("motcua.security.engine-api")
public record EngineApiProperties(@DefaultValue("false") boolean deployThroughApi) {
}

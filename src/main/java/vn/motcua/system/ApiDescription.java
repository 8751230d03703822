package vn.motcua.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the project's own API at {@code /api/openapi} (springdoc, generated from
 * the controllers, so it cannot drift from them). Camunda's {@code /engine-rest} has its own
 * description in Camunda's documentation and is not repeated here.
 */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI motcuaApi() {
        return new OpenAPI()
                .info(new Info().title("Motcua API").version("1")
                        .description("""
                                Files, letters, search, complaints and dialogues for officers (HTTP Basic with an \
                                officer's account); answers and pushes from partner agencies, signed with the \
                                agency's secret (headers X-Motcua-Timestamp and X-Motcua-Signature: sha256=<hex \
                                HMAC-SHA256 of "<timestamp>.<body>">); the citizens' letters with the lookup code \
                                of the receipt (header X-Lookup-Secret). Every 4xx and 5xx answer is an RFC 9457 problem \
                                (application/problem+json): {type, title, status, detail, problems[]} with the \
                                reason in Vietnamese in detail and the fields to fix in problems; error and \
                                message repeat title and detail for older clients."""))
                .components(new Components().addSecuritySchemes("officer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("officer"));
    }
}

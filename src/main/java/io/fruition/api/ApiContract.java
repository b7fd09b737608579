package io.fruition.api;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The JSON API's contract as /api/openapi serves it: both ways to authenticate, and every refusal an operation can
 * meet described once as RFC 9457 problem details (with the per-field {@code errors} of a 400), added to each
 * operation so that a client generated from the description handles them.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

    static {
        // Every enum (a side, a category, a status) is one named schema that operations refer to, so that a
        // generated client has one type for it, not a copy per property.
        ModelResolver.enumsAsRef = true;
    }

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA = "application/problem+json";

    private static final Map<String, String> REFUSALS = Map.of(
            "400", "The input is refused: `errors` names each field and what is wrong with it.",
            "401", "No valid credentials: sign in with HTTP Basic or send a personal API token as a bearer token.",
            "403", "Signed in, but this is not yours to do (an administrator's operation, another's task).",
            "404", "Not found, or not in one of your partnerships: another partnership's things do not exist for you.",
            "429", "Too many failed sign-ins from here or for this account: wait as Retry-After says.");

    @Bean
    OpenAPI fruitionContract() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field the problem is about, as the request "
                        + "named it (a form field's key, a JSON property, a query parameter); absent for the request "
                        + "as a whole.").example("title"))
                .addProperty("message", new StringSchema().description("What is wrong, in words for a person.")
                        .example("The title is missing."))
                .required(List.of("message"));
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The title is missing."))
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error).description("One entry per problem, on 400."))
                .required(List.of("title", "status"));
        return new OpenAPI()
                .info(new Info().title("Fruition API").version("2").description("""
                        The ideas, tasks, comments, notifications and portfolio of the partnerships you belong to, \
                        with the same rules as Fruition's own pages. Authenticate with HTTP Basic (your Fruition \
                        account) or a personal API token (`Authorization: Bearer fru_…`, made under API tokens in \
                        Fruition). Another partnership's things are 404. Refusals are RFC 9457 problem details \
                        (`application/problem+json`); a 400 names each field in `errors`. Lists are paged the same \
                        way everywhere: `page` (from 0) and `size` in, `items`, `page`, `size` and `total` out."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your Fruition user name and password."))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("fru_…")
                                .description("A personal API token; it acts as its owner, with their rights."))
                        .addSchemas(PROBLEM, problem))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Every operation may meet the common refusals; each is described with the problem schema. */
    @Bean
    OperationCustomizer refusals() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            REFUSALS.forEach((code, description) -> {
                if (!responses.containsKey(code)) {
                    responses.addApiResponse(code, problem(description));
                }
            });
            if (operation.getRequestBody() != null && !responses.containsKey("415")) {
                responses.addApiResponse("415", problem("The body is not of the kind the operation takes."));
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4")) {
                    response.setContent(problemContent());
                }
            });
            operation.setResponses(responses);
            return operation;
        };
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_MEDIA, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }
}

package io.fruition.idea.api;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaListItem;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Ideas for other systems: submit, list with the UI's filters, read one, support one. Authenticated as the same
 * users as the UI (HTTP Basic); partnership isolation as in the UI: another partnership's idea is "not found".
 */
@RestController
@RequestMapping(path = "/api/ideas", produces = "application/json")
@io.swagger.v3.oas.annotations.OpenAPIDefinition(info = @io.swagger.v3.oas.annotations.info.Info(title = "Fruition API",
        version = "1", description = "Ideas of the partnerships you belong to. HTTP Basic with your Fruition account; "
                + "another partnership's idea is 404; bad input is RFC 9457 problem details with one entry per field."),
        security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "basic"))
@io.swagger.v3.oas.annotations.security.SecurityScheme(name = "basic",
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP, scheme = "basic")
@Tag(name = "Ideas", description = "Submit, find, read and support ideas of your partnerships")
class IdeaApi {

    private static final int MAX_PAGE_SIZE = 200;

    private final Ideas ideas;
    private final IdeaEngagement engagement;
    private final IdeaSearch search;

    IdeaApi(Ideas ideas, IdeaEngagement engagement, IdeaSearch search) {
        this.engagement = engagement;
        this.ideas = ideas;
        this.search = search;
    }

    record NewIdea(String partnership, String title, String problem, String proposal, String expectedBenefit) {
    }

    record IdeaResponse(String number, String partnership, String title, String problem, String proposal,
            String expectedBenefit, String status, String statusLabel, String originSide, String submitter,
            Instant createdAt, Instant statusChangedAt, List<String> supporters) {

        static IdeaResponse of(Idea idea, List<String> supporters) {
            return new IdeaResponse(idea.getNumber(), idea.getPrefix(), idea.getTitle(), idea.getProblem(),
                    idea.getProposal(), idea.getExpectedBenefit(), idea.getStatus().name(), idea.getStatus().label(),
                    idea.getOriginSide().name(), idea.getSubmitter(), idea.getCreatedAt(), idea.getStatusChangedAt(),
                    supporters);
        }
    }

    record IdeaPage(List<IdeaListItem> items, int page, int size, long total) {
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Submit an idea", description = "Starts the idea's lifecycle; answers 201 with its number.")
    ResponseEntity<IdeaResponse> submit(@RequestBody NewIdea body, Principal user) {
        if (body == null) {
            throw new InvalidInputException("The request needs a JSON body with partnership, title, problem and proposal.");
        }
        Idea idea = ideas.submit(user.getName(), new IdeaSubmission(body.partnership(), body.title(), body.problem(),
                body.proposal(), body.expectedBenefit()));
        return ResponseEntity.created(URI.create("/api/ideas/" + idea.getNumber()))
                .body(IdeaResponse.of(idea, List.of()));
    }

    @GetMapping
    @Operation(summary = "Find ideas", description = "Full-text search and filters as in the portal, paged.")
    IdeaPage list(Principal user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<IdeaStatus> status, @RequestParam(required = false) Side side,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String partnership,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "NEWEST") IdeaQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(List.of("page is 0 or more and size between 1 and " + MAX_PAGE_SIZE + "."),
                    Map.of(page < 0 ? "page" : "size", List.of(page < 0 ? "must be 0 or more"
                            : "must be between 1 and " + MAX_PAGE_SIZE)));
        }
        IdeaQuery query = IdeaQuery.all().withText(q).withStatuses(status).withOriginSide(side).withPriority(priority)
                .inPartnership(partnership).onlyMine(mine).sortedBy(sort).withCampaign(campaign).between(from, to);
        String name = user.getName();
        return new IdeaPage(search.find(name, query, page * size, size), page, size, search.count(name, query));
    }

    @GetMapping("/{number}")
    @Operation(summary = "Read an idea", description = "404 when it does not exist or belongs to another partnership.")
    IdeaResponse read(@PathVariable String number, Principal user) {
        Idea idea = ideas.visible(user.getName(), number);
        return IdeaResponse.of(idea, engagement.supportersOf(idea));
    }

    @PostMapping("/{number}/support")
    @Operation(summary = "Support an idea", description = "Adds the caller as a supporter; supporting twice is harmless.")
    ResponseEntity<Void> support(@PathVariable String number, Principal user) {
        engagement.support(user.getName(), number);
        return ResponseEntity.noContent().build();
    }
}

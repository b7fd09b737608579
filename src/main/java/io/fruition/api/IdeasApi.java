package io.fruition.api;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaCategory;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.IdeaListItem;
import io.fruition.idea.IdeaQuery;
import io.fruition.idea.IdeaSearch;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;
import io.fruition.valuation.Priority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Ideas for other systems: submit, find with every filter of the portal, read with everything its page shows (as the
 * rules allow), support and watch. Another partnership's idea is "not found".
 */
@RestController
@RequestMapping("/api/ideas")
@Tag(name = "Ideas", description = "Submit, find, read, support and watch ideas of your partnerships")
class IdeasApi {

    private final Ideas ideas;
    private final IdeaEngagement engagement;
    private final IdeaSearch search;
    private final IdeaDetails details;
    private final YourPartnership yours;

    IdeasApi(Ideas ideas, IdeaEngagement engagement, IdeaSearch search, IdeaDetails details, YourPartnership yours) {
        this.ideas = ideas;
        this.engagement = engagement;
        this.search = search;
        this.details = details;
        this.yours = yours;
    }

    @Schema(description = "An idea to submit. Unknown properties are refused.", additionalProperties =
            Schema.AdditionalPropertiesValue.FALSE)
    record NewIdea(
            @Schema(description = "The partnership's idea-number prefix; may be left out by a member of only one.",
                    pattern = "^[A-Z][A-Z0-9]{1,7}$", example = "NG") String partnership,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 200,
                    example = "Drones for remote meters") String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 4000,
                    example = "Remote meters are read by car twice a year.") String problem,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 4000,
                    example = "Fly a drone over them every month.") String proposal,
            @Schema(maxLength = 4000, example = "Readings every month instead of twice a year.") String expectedBenefit,
            @Schema(description = "An open campaign of the partnership for your side (see GET /api/campaigns).",
                    example = "3") Long campaign,
            IdeaCategory category,
            @ArraySchema(maxItems = 8, schema = @Schema(pattern = "^[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,29}$",
                    example = "metering")) List<String> tags) {
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(operationId = "submitIdea", summary = "Submit an idea",
            description = "Starts the idea's lifecycle: it is screened like every idea. Answers 201 with the idea "
                    + "and its address in Location.")
    @ApiResponse(responseCode = "201", description = "Submitted.", headers = @Header(name = "Location",
            description = "The idea's address, /api/ideas/{number}.", schema = @Schema(type = "string")))
    ResponseEntity<IdeaDetails.IdeaDetail> submit(@RequestBody NewIdea body, Principal user) {
        if (body == null) {
            throw new InvalidInputException("The request needs a JSON body with title, problem and proposal.");
        }
        Idea idea = ideas.submit(user.getName(), new IdeaSubmission(yours.prefix(user.getName(), body.partnership()),
                body.title(), body.problem(), body.proposal(), body.expectedBenefit(), body.category(), body.tags(),
                body.campaign()));
        return ResponseEntity.created(URI.create("/api/ideas/" + idea.getNumber()))
                .body(details.of(user.getName(), idea.getNumber()));
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "listIdeas", summary = "Find ideas",
            description = "Full-text search and the portal's filters, paged; only your partnerships' ideas.")
    ApiPage<IdeaListItem> list(Principal user,
            @Parameter(description = "Words to search for in title, problem and proposal.") @RequestParam(required = false) String q,
            @Parameter(description = "Only ideas in these statuses.") @RequestParam(required = false) Set<IdeaStatus> status,
            @Parameter(description = "Only ideas from this side.") @RequestParam(required = false) Side side,
            @Parameter(description = "Only ideas of this priority.") @RequestParam(required = false) Priority priority,
            @Parameter(description = "Only this partnership's ideas.") @RequestParam(required = false) String partnership,
            @Parameter(description = "Only ideas you submitted.") @RequestParam(defaultValue = "false") boolean mine,
            @Parameter(description = "Only ideas of this campaign.") @RequestParam(required = false) Long campaign,
            @Parameter(description = "Submitted on or after this day.") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "Submitted on or before this day.") @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "NEWEST") ApiOrders.IdeaOrder sort,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Ideas a page, 1 to 200.") @RequestParam(defaultValue = "20") int size) {
        ApiPage.check(page, size);
        IdeaQuery query = IdeaQuery.all().withText(q).withStatuses(status).withOriginSide(side).withPriority(priority == null ? null : priority.name())
                .inPartnership(partnership).onlyMine(mine).sortedBy(sort.sort()).withCampaign(campaign).between(from, to);
        String name = user.getName();
        return new ApiPage<>(search.find(name, query, page * size, size), page, size, search.count(name, query));
    }

    @GetMapping(path = "/{number}", produces = "application/json")
    @Operation(operationId = "getIdea", summary = "Read an idea",
            description = "Where it stands in words, its current steps, both sides' estimates and the board's votes as "
                    + "the rules allow you to see them, its delivery, its timeline. 404 when it does not exist or "
                    + "belongs to another partnership.")
    IdeaDetails.IdeaDetail read(@PathVariable @Parameter(example = "NG-3") String number, Principal user) {
        return details.of(user.getName(), number);
    }

    @PostMapping("/{number}/support")
    @Operation(operationId = "supportIdea", summary = "Support an idea",
            description = "Adds you as a supporter; supporting twice is harmless. The submitter cannot support their own.")
    @ApiResponse(responseCode = "204", description = "You support it.")
    ResponseEntity<Void> support(@PathVariable String number, Principal user) {
        engagement.support(user.getName(), number);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{number}/support")
    @Operation(operationId = "withdrawSupport", summary = "Withdraw your support",
            description = "Harmless when you did not support it.")
    @ApiResponse(responseCode = "204", description = "You no longer support it.")
    ResponseEntity<Void> unsupport(@PathVariable String number, Principal user) {
        engagement.withdrawSupport(user.getName(), number);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{number}/watch")
    @Operation(operationId = "watchIdea", summary = "Watch an idea", description = "You are told when it moves on.")
    @ApiResponse(responseCode = "204", description = "You watch it.")
    ResponseEntity<Void> watch(@PathVariable String number, Principal user) {
        engagement.watch(user.getName(), number, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{number}/watch")
    @Operation(operationId = "unwatchIdea", summary = "Stop watching an idea",
            description = "You are no longer told when it moves on; harmless when you did not watch it.")
    @ApiResponse(responseCode = "204", description = "You no longer watch it.")
    ResponseEntity<Void> unwatch(@PathVariable String number, Principal user) {
        engagement.watch(user.getName(), number, false);
        return ResponseEntity.noContent().build();
    }
}

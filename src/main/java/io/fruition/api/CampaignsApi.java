package io.fruition.api;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.idea.Campaigns;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The calls for ideas open to you now: an idea submitted for one names it as {@code campaign}. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Calls for ideas open to you")
class CampaignsApi {

    private final Campaigns campaigns;
    private final Partnerships partnerships;

    CampaignsApi(Campaigns campaigns, Partnerships partnerships) {
        this.campaigns = campaigns;
        this.partnerships = partnerships;
    }

    @Schema(description = "A time-boxed call for ideas on one question.")
    record Campaign(@Schema(example = "3", requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(example = "NG", requiredMode = Schema.RequiredMode.REQUIRED) String partnership,
            @Schema(example = "Field work without paper", requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(example = "How could our engineers stop printing job sheets?") String question,
            @Schema(example = "nora") String sponsor,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate opensOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate closesOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<Side> openTo) {
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "listOpenCampaigns", summary = "Campaigns open to you",
            description = "The campaigns open today to your side, in your partnerships (or the one named), the "
                    + "soonest closing first.")
    ApiPage<Campaign> open(Principal user,
            @Parameter(description = "Only this partnership's campaigns.", example = "NG")
            @RequestParam(required = false) String partnership,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Campaigns a page, 1 to 200.") @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        List<Campaign> open = partnerships.membershipsOf(user.getName()).stream().map(Membership::partnershipPrefix)
                .filter(p -> partnership == null || partnership.isBlank() || p.equalsIgnoreCase(partnership.strip()))
                .flatMap(p -> campaigns.openFor(user.getName(), p).stream())
                .map(c -> new Campaign(c.id(), c.partnershipPrefix(), c.title(), c.question(), c.sponsor(),
                        c.opensOn(), c.closesOn(), c.openTo()))
                .sorted(Comparator.comparing(Campaign::closesOn).thenComparing(Campaign::id))
                .toList();
        return ApiPage.of(open, page, size);
    }
}

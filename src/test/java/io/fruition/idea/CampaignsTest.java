package io.fruition.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;
import io.fruition.support.FruitionSpringTest;

/** Campaigns are open to the sides they name, while they run; a campaign cannot close before it opens. */
@FruitionSpringTest
class CampaignsTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    Ideas ideas;

    @Test
    void a_campaign_open_to_the_customer_only_is_not_offered_to_the_partner_side() {
        Campaign customersOnly = campaigns.create("NG", "Customer-only call " + System.nanoTime(), "What bothers you most?",
                "nora", LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), EnumSet.of(Side.CUSTOMER));

        assertThat(campaigns.openFor("nora", "NG")).extracting(Campaign::id).contains(customersOnly.id());
        assertThat(campaigns.openFor("pat", "NG")).extracting(Campaign::id).doesNotContain(customersOnly.id());
        assertThatThrownBy(() -> ideas.submit("pat", new IdeaSubmission("NG", "Via a closed door", "p", "q", null, null,
                List.of(), customersOnly.id()))).isInstanceOf(InvalidIdeaException.class)
                .hasMessageContaining("not open to your side");
    }

    @Test
    void a_campaign_that_closes_before_it_opens_is_refused() {
        assertThatThrownBy(() -> campaigns.create("NG", "Backwards", "Why?", "sue", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 2, 1), EnumSet.allOf(Side.class))).isInstanceOf(InvalidInputException.class)
                .hasMessage("The campaign closes (2027-02-01) before it opens (2027-03-01).");
    }
}

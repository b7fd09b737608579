package io.fruition.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.fruition.support.FruitionSpringTest;

/** The one-query read of memberships gives what the entities say, for every member of the demo. */
@FruitionSpringTest
class MembershipReadsTest {

    @Autowired
    MemberRepository members;
    @Autowired
    Partnerships partnerships;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void every_members_memberships_read_in_one_query_match_the_entities() {
        Map<String, List<Membership>> expected = transaction.execute(s -> members.findAll().stream()
                .map(Member::toMembership)
                .collect(Collectors.groupingBy(Membership::username)));
        assertThat(expected).containsKeys("nora", "sam", "ivan");
        expected.forEach((username, theirs) -> {
            assertThat(partnerships.membershipsOf(username)).as(username)
                    .isEqualTo(theirs.stream().sorted(Comparator.comparing(Membership::partnershipName)).toList());
            for (Membership membership : theirs) {
                assertThat(partnerships.membership(username, membership.partnershipPrefix())).contains(membership);
            }
        });
    }

    @Test
    void a_stranger_has_no_memberships_and_a_member_none_elsewhere() {
        assertThat(partnerships.membershipsOf("nobody-at-all")).isEmpty();
        assertThat(partnerships.membership("ivan", "NG")).isEmpty();
        assertThat(partnerships.membership("nora", "NO-SUCH")).isEmpty();
    }
}

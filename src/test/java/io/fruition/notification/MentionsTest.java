package io.fruition.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.support.FruitionSpringTest;

/** A member named with @ in a comment is told; a member of another partnership is not. */
@FruitionSpringTest
class MentionsTest {

    @Autowired
    Ideas ideas;
    @Autowired
    IdeaEngagement engagement;
    @Autowired
    Notifications notifications;

    @Test
    void a_mention_notifies_the_member_named_and_nobody_outside_the_partnership() {
        Idea idea = ideas.submit("pat", new IdeaSubmission("NG", "Mention me " + System.nanoTime(),
                "Depot lights stay on at night.", "Motion sensors.", null));

        engagement.comment("nora", idea.getNumber(), "@sam could Globex fit the sensors? @ivan too?");

        assertThat(notifications.latest("sam", 20)).anyMatch(n -> n.kind() == NoticeKind.MENTION
                && n.subject().equals("nora mentioned you on " + idea.getNumber() + " " + idea.getTitle()));
        assertThat(notifications.latest("ivan", 100)).noneMatch(n -> idea.getNumber().equals(n.ideaNumber()));
    }
}

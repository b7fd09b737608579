package io.fruition.idea;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Partnerships;

/** Members' voices on an idea: support, watching and comments (with mentions), within the idea's partnership. */
@Service
@Transactional(readOnly = true)
public class IdeaEngagement {

    static final int MAX_COMMENT = 4000;
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._-]{2,64})");

    private final Ideas ideas;
    private final Engagement engagement;
    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdeaEngagement(Ideas ideas, Engagement engagement, Partnerships partnerships, ApplicationEventPublisher events,
            Clock clock) {
        this.ideas = ideas;
        this.engagement = engagement;
        this.partnerships = partnerships;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void support(String username, String number) {
        Idea idea = ideas.visible(username, number);
        if (idea.getSubmitter().equals(username)) {
            throw new InvalidIdeaException(List.of("You submitted " + idea.getNumber() + "; support counts other members' voices."));
        }
        if (idea.getStatus().isTerminal()) {
            throw new InvalidIdeaException(List.of(idea.getNumber() + " is " + idea.getStatus().label().toLowerCase()
                    + " and takes no more support."));
        }
        engagement.addSupporter(idea.getId(), username, clock.instant());
    }

    @Transactional
    public void withdrawSupport(String username, String number) {
        engagement.removeSupporter(ideas.visible(username, number).getId(), username);
    }

    public List<String> supportersOf(String username, String number) {
        return supportersOf(ideas.visible(username, number));
    }

    /** The supporters of an idea the caller has just read through {@link Ideas#visible} or {@link Ideas#find}. */
    public List<String> supportersOf(Idea idea) {
        return engagement.supporters(idea.getId());
    }

    public boolean supports(String username, long ideaId) {
        return engagement.isSupporter(ideaId, username);
    }

    @Transactional
    public void watch(String username, String number, boolean watching) {
        engagement.watch(ideas.visible(username, number).getId(), username, watching);
    }

    public boolean watches(String username, long ideaId) {
        return engagement.watchers(ideaId).contains(username);
    }

    @Transactional
    public IdeaComment comment(String username, String number, String body) {
        Idea idea = ideas.visible(username, number);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw commentRefused("A comment needs some text.");
        }
        if (text.length() > MAX_COMMENT) {
            throw commentRefused("A comment has at most " + MAX_COMMENT + " characters; this one has "
                    + text.length() + ".");
        }
        long id = engagement.addComment(idea.getId(), username, text, clock.instant());
        Set<String> mentioned = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!name.equals(username) && partnerships.membership(name, idea.getPrefix()).isPresent()) {
                mentioned.add(name);
            }
        }
        if (!mentioned.isEmpty()) {
            events.publishEvent(new MembersMentioned(idea.getId(), idea.getNumber(), idea.getTitle(), idea.getPrefix(),
                    username, mentioned, text));
        }
        return new IdeaComment(id, username, text, clock.instant());
    }

    private static InvalidIdeaException commentRefused(String problem) {
        return new InvalidIdeaException(List.of(problem), Map.of("body", List.of(problem)));
    }

    public List<IdeaComment> comments(String username, String number) {
        return engagement.comments(ideas.visible(username, number).getId());
    }
}

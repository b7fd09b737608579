package io.fruition.process.steps;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.process.identity.Directory;
import io.fruition.shared.InvalidInputException;

/**
 * Who acts in the engine. Our services run engine commands as the signed-in user, with that user's candidate
 * groups and partnerships (tenants), exactly as Camunda's own webapps do; listeners ask who completed a task.
 */
@Component
public class Actors {

    private final IdentityService identityService;
    private final Partnerships partnerships;
    private final Directory directory;

    Actors(IdentityService identityService, Partnerships partnerships, Directory directory) {
        this.identityService = identityService;
        this.partnerships = partnerships;
        this.directory = directory;
    }

    /**
     * Runs engine work as the user, with the groups and partnerships the engine's REST API would give them, so
     * that the engine's authorization and tenant checks and "who did it" apply to them.
     */
    public <T> T as(String username, Supplier<T> work) {
        Authentication before = identityService.getCurrentAuthentication();
        List<String> groups = directory.groupsOf(username).stream().map(Directory.DirectoryGroup::id).toList();
        List<String> tenants = partnerships.membershipsOf(username).stream().map(Membership::partnershipPrefix).toList();
        identityService.setAuthentication(username, groups, tenants);
        try {
            return work.get();
        } finally {
            if (before == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(before);
            }
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** The user completing the task: the authenticated user, or else its assignee. */
    static String of(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                : task.getAssignee();
        if (user == null) {
            throw new InvalidInputException("Claim the task before completing it, so that it is clear who decided.");
        }
        return user;
    }
}

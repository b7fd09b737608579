package io.fruition.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.shared.InvalidInputException;

/**
 * Who acts in the engine. Our services run engine commands as the signed-in user, with that user's candidate
 * groups and partnerships (tenants), exactly as Camunda's own webapps do; listeners ask who completed a task.
 */
@Component
public class Actors {

    private final IdentityService identityService;
    private final Partnerships partnerships;

    Actors(IdentityService identityService, Partnerships partnerships) {
        this.identityService = identityService;
        this.partnerships = partnerships;
    }

    /** Runs engine work as the user, so that tenant checks and "who did it" apply to them. */
    public <T> T as(String username, Supplier<T> work) {
        Authentication before = identityService.getCurrentAuthentication();
        List<Membership> memberships = partnerships.membershipsOf(username);
        Set<String> groups = new LinkedHashSet<>();
        List<String> tenants = new ArrayList<>();
        for (Membership membership : memberships) {
            groups.addAll(membership.groupIds());
            tenants.add(membership.partnershipPrefix());
        }
        identityService.setAuthentication(username, List.copyOf(groups), tenants);
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

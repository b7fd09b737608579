package io.fruition.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.process.IdeaProcess.Element;
import io.fruition.process.identity.Directory;
import io.fruition.support.FruitionSpringTest;
import io.fruition.support.Http;

/**
 * The standing grants are made once and again without harm on every start (one node after another), and tasks
 * opened while the engine's checks were off (a database from before) get the grants their candidates need.
 */
@FruitionSpringTest
class EngineGrantsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Ideas ideas;
    @LocalServerPort
    int port;

    @Test
    void applying_the_grants_again_adds_nothing() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        long before = authorizations.createAuthorizationQuery().count();

        EngineGrants.apply(engine);

        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Directory.MEMBERS_GROUP).count())
                .isEqualTo(EngineGrants.MEMBERS.size());
    }

    @Test
    void an_open_task_without_grants_gets_those_of_its_candidates_at_start_up() {
        Idea idea = ideas.submit("pat", new IdeaSubmission("NG", "Grant probe " + System.nanoTime(), "Old task.",
                "Give it its grants.", null));
        Task screening = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(idea.getNumber())
                .taskDefinitionKey(Element.SCREEN_IDEA).singleResult();
        AuthorizationService authorizations = engine.getAuthorizationService();
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(screening.getId()).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
        Http http = new Http(port);
        assertThat(http.get("nora", "/engine-rest/task/" + screening.getId()).status()).isEqualTo(404);

        EngineGrants.apply(engine);

        assertThat(http.get("nora", "/engine-rest/task/" + screening.getId()).status()).isEqualTo(200);
        assertThat(http.get("pat", "/engine-rest/task/" + screening.getId()).status()).isEqualTo(404);
    }
}

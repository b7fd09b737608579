package io.fruition.doors;

import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import io.fruition.admin.People;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.process.IdeaProcess;
import io.fruition.security.UserAccounts;

/**
 * What the route tests act on, made through the real services: a member who only submits, and a new idea
 * waiting for screening in each partnership, with its process instance, screening task and SLA timer.
 */
final class AccessFixtures {

    static final String SUBMITTER = "sid";

    /** A harmless model: what a member would try to deploy, and what an administrator may deploy and remove. */
    static final String PROBE_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="probe-definitions" targetNamespace="probe">
              <bpmn:process id="route-probe" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
                <bpmn:serviceTask id="call" camunda:expression="${java.lang.System.getProperty('user.name')}" />
                <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    record Target(String partnership, String ideaNumber, long ideaId, String instanceId, String taskId, String slaJobId,
            String otherMember) {
    }

    private final Ideas ideas;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;

    AccessFixtures(Ideas ideas, RuntimeService runtime, TaskService tasks, ManagementService management,
            RepositoryService repository, People people, UserAccounts accounts) {
        this.ideas = ideas;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        ensureSubmitter(people, accounts);
    }

    /** NorthGas's member who holds no role but submitting (the demo has none of its own). */
    static synchronized void ensureSubmitter(People people, UserAccounts accounts) {
        if (accounts.find(SUBMITTER).isEmpty()) {
            people.createUser("admin", SUBMITTER, "Sid Submitter", "sid@northgas.example", SUBMITTER, false);
            people.setMember("admin", "NG", SUBMITTER, Side.CUSTOMER, Set.of(PartnershipRole.SUBMITTER));
        }
    }

    /** A new idea of the partnership, waiting for its screening (NG: submitted by the submitter; IR: by ines). */
    Target freshIdea(String partnership) {
        String submitter = "NG".equals(partnership) ? SUBMITTER : "ines";
        Idea idea = ideas.submit(submitter, new IdeaSubmission(partnership, "Route probe " + System.nanoTime(),
                "Someone tries every door.", "Every door holds.", null));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(idea.getNumber())
                .singleResult().getId();
        Task screening = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(IdeaProcess.Element.SCREEN_IDEA).singleResult();
        Job sla = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        return new Target(partnership, idea.getNumber(), idea.getId(), instance, screening.getId(), sla.getId(),
                "NG".equals(partnership) ? "dave" : "iris");
    }

    String deployProbe(String name) {
        return repository.createDeployment().name(name).addString("route-probe.bpmn", PROBE_MODEL).deploy().getId();
    }
}

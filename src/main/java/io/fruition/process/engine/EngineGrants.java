package io.fruition.process.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import io.fruition.process.identity.Directory;

/**
 * The standing grants of the engine. Administrators ({@code camunda-admin}) may do everything, as Camunda's own
 * set-up grants them. What every member of a partnership may do in the engine is granted once to the group all
 * members are in
 * ({@link Directory#MEMBERS_GROUP}): sign in to Tasklist, read the process models, their partnerships'
 * instances and history (the tenant check keeps each member to their own partnerships) and the shared task
 * filter. Nothing else: no variables beyond their own tasks', no starting, deploying, changing or deleting.
 * <p>
 * Work on a task comes from the task itself: the engine grants its assignee and candidates READ, TASK_WORK and
 * READ_VARIABLE on that task (and READ on its history) as they are named, and drops the grant with the task.
 * Because the groups come from Fruition's directory on every request, a new member works at once and a removed
 * one loses access at once, with no authorization rows to keep in step.
 */
final class EngineGrants {

    static final String ANY = Authorization.ANY;

    record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
    }

    static final List<Grant> MEMBERS = List.of(
            new Grant(Directory.MEMBERS_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Directory.MEMBERS_GROUP, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY),
            new Grant(Directory.MEMBERS_GROUP, Resources.FILTER, ANY, Permissions.READ));

    static List<Grant> all() {
        List<Grant> grants = new ArrayList<>();
        for (Resource resource : Resources.values()) {
            grants.add(new Grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL));
        }
        grants.addAll(MEMBERS);
        return grants;
    }

    private EngineGrants() {
    }

    static void apply(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Grant grant : all()) {
            try {
                grant(authorizations, grant);
            } catch (RuntimeException raced) {
                // Another node of the cluster created it at the same moment; what matters is that it exists.
                grant(authorizations, grant);
            }
        }
        grantOpenTasks((ProcessEngineImpl) engine);
    }

    private static void grant(AuthorizationService authorizations, Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(grant.group())
                .resourceType(grant.resource()).resourceId(grant.resourceId())
                .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing != null && Arrays.stream(grant.permissions()).allMatch(existing::isPermissionGranted)) {
            return;
        }
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        for (Permission permission : grant.permissions()) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /**
     * Tasks opened while the engine's authorization checks were off (a database from before they were on) carry
     * no grants for their assignees and candidates; they get the ones the engine would have given.
     */
    private static void grantOpenTasks(ProcessEngineImpl engine) {
        String tasks = engine.getManagementService().getTableName(Task.class);
        String authorizations = engine.getManagementService().getTableName(AuthorizationEntity.class);
        List<Task> ungranted = engine.getTaskService().createNativeTaskQuery()
                .sql("select T.* from " + tasks + " T where not exists (select 1 from " + authorizations
                        + " A where A.RESOURCE_TYPE_ = " + Resources.TASK.resourceType() + " and A.RESOURCE_ID_ = T.ID_)")
                .list();
        if (ungranted.isEmpty()) {
            return;
        }
        engine.getProcessEngineConfiguration().getCommandExecutorTxRequired().execute((Command<Void>) context -> {
            ResourceAuthorizationProvider provider = context.getProcessEngineConfiguration()
                    .getResourceAuthorizationProvider();
            for (Task found : ungranted) {
                TaskEntity task = context.getTaskManager().findTaskById(found.getId());
                if (task == null) {
                    continue;
                }
                var grants = context.getAuthorizationManager();
                if (task.getAssignee() != null) {
                    grants.saveDefaultAuthorizations(provider.newTaskAssignee(task, null, task.getAssignee()));
                }
                for (IdentityLink link : task.getIdentityLinks()) {
                    if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                        continue;
                    }
                    grants.saveDefaultAuthorizations(link.getUserId() != null
                            ? provider.newTaskUserIdentityLink(task, link.getUserId(), link.getType())
                            : provider.newTaskGroupIdentityLink(task, link.getGroupId(), link.getType()));
                }
            }
            return null;
        });
    }
}

package io.fruition.process.identity;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/** Converts directory entries into the engine's identity types. */
final class EngineIdentities {

    private EngineIdentities() {
    }

    static User user(Directory.DirectoryUser user) {
        UserEntity entity = new UserEntity(user.id());
        entity.setFirstName(user.firstName());
        entity.setLastName(user.lastName());
        entity.setEmail(user.email());
        return entity;
    }

    static Group group(Directory.DirectoryGroup group) {
        GroupEntity entity = new GroupEntity(group.id());
        entity.setName(group.name());
        entity.setType(group.type());
        return entity;
    }

    static Tenant tenant(Directory.DirectoryTenant tenant) {
        TenantEntity entity = new TenantEntity(tenant.id());
        entity.setName(tenant.name());
        return entity;
    }
}

package io.fruition.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.security.UserAccounts;
import io.fruition.support.FruitionSpringTest;

/**
 * The engine asks for one user's tenants and one user by id on every authenticated request; those answers are
 * read for that user alone. They must be exactly what the whole directory says of the user.
 */
@FruitionSpringTest
class DirectoryTest {

    @Autowired
    Directory directory;
    @Autowired
    IdentityService identity;
    @Autowired
    UserAccounts accounts;

    @Test
    void one_users_groups_and_tenants_are_what_the_whole_directory_says_of_them() {
        Directory.Snapshot whole = directory.snapshot();
        assertThat(whole.users()).hasSizeGreaterThan(5);
        for (Directory.DirectoryUser user : whole.users()) {
            assertThat(directory.user(user.id())).as(user.id()).singleElement().isEqualTo(user);
            assertThat(directory.tenantsOf(user.id())).extracting(Directory.DirectoryTenant::id).as(user.id())
                    .containsExactlyInAnyOrderElementsOf(user.tenants());
            Set<String> engineTenants = identity.createTenantQuery().userMember(user.id()).includingGroupsOfUser(true)
                    .list().stream().map(Tenant::getId).collect(Collectors.toSet());
            assertThat(engineTenants).as(user.id()).isEqualTo(user.tenants());
            User engineUser = identity.createUserQuery().userId(user.id()).singleResult();
            assertThat(engineUser.getEmail()).isEqualTo(user.email());
        }
        assertThat(directory.user("nora").get(0).tenants()).containsExactly("NG");
        assertThat(directory.tenantsOf("iris")).extracting(Directory.DirectoryTenant::id).containsExactly("IR");
    }

    @Test
    void nobody_and_deactivated_users_are_in_no_tenant_and_not_found() {
        accounts.create("gone-user", "Gone User", null, "a-long-password", false);
        accounts.deactivate("gone-user");

        for (String id : new String[] {"gone-user", "no-such-user"}) {
            assertThat(directory.user(id)).isEmpty();
            assertThat(directory.tenantsOf(id)).isEmpty();
            assertThat(identity.createUserQuery().userId(id).count()).isZero();
            assertThat(identity.createTenantQuery().userMember(id).count()).isZero();
        }
    }
}

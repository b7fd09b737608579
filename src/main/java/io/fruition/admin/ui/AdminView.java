package io.fruition.admin.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.fruition.admin.AuditLog;
import io.fruition.admin.People;
import io.fruition.admin.PartnershipSetup;
import io.fruition.idea.Campaigns;
import io.fruition.security.ApiTokens;
import io.fruition.security.CurrentUser;
import io.fruition.security.Roles;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.modulith.NamedInterface;

/**
 * Administration, for administrators only: organisations, partnerships, users, members, boards, campaigns, every
 * member's API tokens and the audit log of every change. Anyone else who opens /admin is told it is not for them.
 */
@Route("admin")
@PageTitle("Administration · Fruition")
@RolesAllowed(Roles.ADMIN)
@NamedInterface("views")
public class AdminView extends VerticalLayout {

    final TabSheet tabs = new TabSheet();
    final OrganisationsTab organisations;
    final PartnershipsTab partnerships;
    final UsersTab users;
    final MembersTab members;
    final BoardsTab boards;
    final CampaignsTab campaigns;
    final TokensTab tokens;
    final AuditTab audit;

    public AdminView(CurrentUser currentUser, PartnershipSetup setup, People people, Campaigns campaignList,
            AuditLog auditLog, ApiTokens apiTokens, Clock clock) {
        String actor = currentUser.require();
        setId("admin");
        organisations = new OrganisationsTab(actor, setup);
        partnerships = new PartnershipsTab(actor, setup, people);
        users = new UsersTab(actor, people);
        members = new MembersTab(actor, setup, people);
        boards = new BoardsTab(actor, setup, people);
        campaigns = new CampaignsTab(actor, setup, people, campaignList);
        tokens = new TokensTab(actor, apiTokens, clock);
        audit = new AuditTab(auditLog);
        tabs.setId("admin-tabs");
        tabs.add("Organisations", organisations).setId("tab-organisations");
        tabs.add("Partnerships", partnerships).setId("tab-partnerships");
        tabs.add("Users", users).setId("tab-users");
        tabs.add("Members", members).setId("tab-members");
        tabs.add("Boards", boards).setId("tab-boards");
        tabs.add("Campaigns", campaigns).setId("tab-campaigns");
        tabs.add("API tokens", tokens).setId("tab-tokens");
        tabs.add("Audit log", audit).setId("tab-audit");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            switch (tabs.getSelectedIndex()) {
                case 0 -> organisations.refresh();
                case 1 -> partnerships.refresh();
                case 2 -> users.refresh();
                case 3 -> members.refresh();
                case 4 -> boards.refresh();
                case 5 -> campaigns.refresh();
                case 6 -> tokens.refresh();
                default -> audit.refresh();
            }
        });
        add(new H2("Administration"), tabs);
    }
}

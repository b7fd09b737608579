package io.fruition.partnership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the groups that partnership roles become in the process engine. A role exists once per partnership
 * (NG-BOARD_MEMBER: the whole board) and once per side (NG-BOARD_MEMBER-CUSTOMER), so a BPMN model can give a
 * task to "the customer's innovation leads" or to "the board" alike. Every member is in NG-MEMBER.
 */
public final class MemberGroups {

    public static final String ALL_MEMBERS = "MEMBER";

    private MemberGroups() {
    }

    public static String of(String prefix, PartnershipRole role) {
        return prefix + "-" + role.name();
    }

    public static String of(String prefix, PartnershipRole role, Side side) {
        return prefix + "-" + role.name() + "-" + side.name();
    }

    public static String members(String prefix) {
        return prefix + "-" + ALL_MEMBERS;
    }

    static Set<String> groupsOf(Membership membership) {
        Set<String> groups = new LinkedHashSet<>();
        String prefix = membership.partnershipPrefix();
        groups.add(members(prefix));
        for (PartnershipRole role : membership.roles()) {
            if (role == PartnershipRole.SUBMITTER) {
                continue;
            }
            groups.add(of(prefix, role));
            groups.add(of(prefix, role, membership.side()));
        }
        return groups;
    }

    /** Every group a partnership has, with a readable name, whether or not anyone is in it yet. */
    public static List<GroupInfo> allOf(String prefix, String partnershipName) {
        List<GroupInfo> groups = new ArrayList<>();
        groups.add(new GroupInfo(members(prefix), partnershipName + " · All members", prefix));
        for (PartnershipRole role : PartnershipRole.values()) {
            if (role == PartnershipRole.SUBMITTER) {
                continue;
            }
            groups.add(new GroupInfo(of(prefix, role), partnershipName + " · " + role.groupLabel(), prefix));
            for (Side side : Side.values()) {
                groups.add(new GroupInfo(of(prefix, role, side),
                        partnershipName + " · " + role.groupLabel() + " (" + side.name().toLowerCase(Locale.ROOT) + ")",
                        prefix));
            }
        }
        return groups;
    }

    public record GroupInfo(String id, String name, String partnershipPrefix) {
    }
}

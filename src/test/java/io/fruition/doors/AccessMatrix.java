package io.fruition.doors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may do what on every route, as one table: each row is something a person might try (a page, an /api
 * operation, a call to the engine's REST API or to Camunda's webapps, an export), each column a demo role, and
 * each cell whether it is allowed on a resource of NorthGas (NG) / of Initech Retail (IR). {@code Y} allowed,
 * {@code N} refused, with nothing changed.
 */
final class AccessMatrix {

    /** The demo person who plays each role; the submitter is a member who holds no role but submitting. */
    static final Map<String, String> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("submitter", AccessFixtures.SUBMITTER);
        PEOPLE.put("lead", "nora");
        PEOPLE.put("estimator", "carl");
        PEOPLE.put("board", "steve");
        PEOPLE.put("chair", "sue");
        PEOPLE.put("sponsor", "cathy");
        PEOPLE.put("delivery", "dave");
        PEOPLE.put("partner", "pat");
        PEOPLE.put("other", "ivan");
        PEOPLE.put("admin", "admin");
        PEOPLE.put("anonymous", null);
    }

    static final String TABLE = """
            # operation            submitter lead estimator board chair sponsor delivery partner other admin anonymous
            ui.dashboard               Y/Y   Y/Y    Y/Y     Y/Y   Y/Y    Y/Y     Y/Y     Y/Y    Y/Y   Y/Y    N/N
            ui.idea                    Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            ui.task                    N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   N/N    N/N
            ui.portfolio               Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            ui.admin                   N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            ui.tokens                  Y/Y   Y/Y    Y/Y     Y/Y   Y/Y    Y/Y     Y/Y     Y/Y    Y/Y   Y/Y    N/N
            ui.pulse                   Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            ui.commitments             Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   Y/Y    N/N
            export.ideas.csv           Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            export.boardpack.pdf       Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            export.pulse.csv           Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.idea.read              Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.idea.list              Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.idea.submit            Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.idea.bearer            Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.comment.list           Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.comment.add            Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.attachment.list        Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.task.read              N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   N/N    N/N
            api.task.claim             N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   N/N    N/N
            api.task.complete          N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   N/N    N/N
            api.portfolio              Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   N/N    N/N
            api.admin.partnerships     N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            webhook.list               N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   Y/Y    N/N
            rest.deployment.create     N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.deployment.delete     N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.process.start         N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   N/N    N/N
            rest.instance.read         Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   Y/Y    N/N
            rest.instance.suspend      N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.instance.modify       N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.instance.delete       N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.instance.variable     N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.task.read             N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   Y/Y    N/N
            rest.task.claim            N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   Y/Y    N/N
            rest.task.complete         N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   Y/Y    N/N
            rest.task.variable         N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.task.create           N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.job.retries           N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.filter.create         N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            rest.history.instance      Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   Y/Y    N/N
            rest.history.variables     N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   Y/Y    N/N
            rest.user.profile          Y/N   Y/N    Y/N     Y/N   Y/N    Y/N     Y/N     Y/N    N/Y   Y/Y    N/N
            webapp.tasklist            Y/Y   Y/Y    Y/Y     Y/Y   Y/Y    Y/Y     Y/Y     Y/Y    Y/Y   Y/Y    N/N
            webapp.cockpit             N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            webapp.admin               N/N   N/N    N/N     N/N   N/N    N/N     N/N     N/N    N/N   Y/Y    N/N
            webapp.task.submit         N/N   Y/N    N/N     N/N   N/N    N/N     N/N     N/N    N/Y   Y/Y    N/N
            """;

    record Cell(String operation, String role, String user, String partnership, boolean allowed) {

        @Override
        public String toString() {
            return operation + " by " + role + (user == null ? "" : " (" + user + ")") + " on " + partnership
                    + (allowed ? ": allowed" : ": refused");
        }
    }

    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        List<String> roles = null;
        for (String line : TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] words = line.split("\\s+");
            if (line.startsWith("#")) {
                roles = Arrays.asList(words).subList(2, words.length);
                if (!roles.equals(List.copyOf(PEOPLE.keySet()))) {
                    throw new IllegalStateException("The table's roles are not " + PEOPLE.keySet() + ": " + roles);
                }
                continue;
            }
            if (roles == null || words.length != roles.size() + 1) {
                throw new IllegalStateException("A row needs one cell per role: " + line);
            }
            for (int i = 0; i < roles.size(); i++) {
                String[] both = words[i + 1].split("/");
                String role = roles.get(i);
                cells.add(new Cell(words[0], role, PEOPLE.get(role), "NG", "Y".equals(both[0])));
                cells.add(new Cell(words[0], role, PEOPLE.get(role), "IR", "Y".equals(both[1])));
            }
        }
        return cells;
    }

    private AccessMatrix() {
    }
}

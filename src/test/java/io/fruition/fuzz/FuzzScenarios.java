package io.fruition.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.People;
import io.fruition.form.FormSchema;
import io.fruition.form.FormValidator;
import io.fruition.idea.Attachments;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.partnership.OrganisationKind;
import io.fruition.process.IdeaProcess;
import io.fruition.support.Http;

/**
 * Bad input by the thousand, generated from a seed (reproducible): JSON of every type and shape, wrong and
 * missing content types, multipart, huge and deeply nested bodies, junk query parameters, unknown paths and
 * methods on /api and /engine-rest; task completions with junk values through /engine-rest and through the form
 * validator; attachments that are empty, too big, not what their name says or named with paths and control
 * characters; administration by a member and with impossible values; the sign-in form. No answer is a 5xx, no
 * answer shows a Java class name or a stack trace, a refusal is a refusal the product means (never another
 * exception), and the application's and the engine's tables hold exactly what they held before.
 */
abstract class FuzzScenarios {

    private static final Pattern INTERNALS = Pattern.compile("(\\b[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*(Exception|Error)\\b"
            + "|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|NullPointerException|IllegalStateException");
    /** Every table a refusal could leave something in (the audit trail records refused sign-ins, so it is not here). */
    private static final List<String> TABLES = List.of("user_account", "organisation", "partnership", "member",
            "member_role", "idea", "campaign", "idea_supporter", "idea_watcher", "idea_comment", "idea_attachment",
            "value_estimate", "idea_priority", "screening_decision", "board_vote", "board_round", "sponsor_decision",
            "delivery", "idea_draft", "ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_RE_DEPLOYMENT",
            "ACT_RU_FILTER", "ACT_RU_AUTHORIZATION", "ACT_ID_USER");

    @Autowired
    Ideas ideas;
    @Autowired
    TaskService tasks;
    @Autowired
    Attachments attachments;
    @Autowired
    People people;
    @Autowired
    PartnershipSetup setup;
    @Autowired
    FormValidator validator;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** How many cases. */
    abstract int cases();

    /** From which seed: a failure is replayed with -Dfuzz.seed=… (the report names the seed). */
    long seed() {
        return Long.getLong("fuzz.seed", 424242L);
    }

    record Outcome(String kind, int status, String evidence) {
    }

    @Test
    void bad_input_by_the_thousand_gets_no_server_error_leaks_nothing_and_saves_nothing() throws Exception {
        Idea target = ideas.submit("pat", new IdeaSubmission("NG", "Fuzz target " + System.nanoTime(),
                "Everything is thrown at it.", "It holds.", null, null, List.of(), null));
        Task screening = tasks.createTaskQuery().processInstanceBusinessKey(target.getNumber())
                .taskDefinitionKey(IdeaProcess.Element.SCREEN_IDEA).singleResult();
        List<FormSchema> forms = forms();
        Map<String, Long> before = counts();
        long seed = seed();
        Junk junk = new Junk(seed);
        Http http = new Http(port);
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();

        for (int i = 0; i < cases(); i++) {
            Outcome outcome = next(junk, http, target, screening, forms);
            byKind.merge(outcome.kind(), 1, Integer::sum);
            if (outcome.status() >= 500) {
                failures.add("#" + i + " " + outcome.kind() + ": " + outcome.status() + " " + outcome.evidence());
            } else if (outcome.evidence() != null && INTERNALS.matcher(outcome.evidence()).find()) {
                failures.add("#" + i + " " + outcome.kind() + ": internals shown " + cut(outcome.evidence()));
            }
        }

        Map<String, Long> after = counts();
        report(seed, byKind, failures);
        assertThat(failures).as("cases answered with a server error or showing internals").isEmpty();
        assertThat(after).as("nothing was saved, not even half").isEqualTo(before);
    }

    private Outcome next(Junk junk, Http http, Idea target, Task screening, List<FormSchema> forms) {
        int kind = junk.below(100);
        if (kind < 20) {
            return submitIdea(junk, http);
        } else if (kind < 34) {
            return listIdeas(junk, http);
        } else if (kind < 40) {
            String number = junk.chance(50) ? "NG-" + junk.text() : junk.text();
            return answer("read idea", () -> http.get(junk.pick(List.of("pat", "ivan", "nora")), "/api/ideas/" + encode(number)));
        } else if (kind < 44) {
            return answer("support unknown idea", () -> http.post("pat", "/api/ideas/" + encode("NG-9" + junk.below(99999) + "x")
                    + "/support", junk.json(2)));
        } else if (kind < 50) {
            return unknownRoute(junk, http);
        } else if (kind < 64) {
            return completeTask(junk, http, screening);
        } else if (kind < 72) {
            return validate(junk, forms);
        } else if (kind < 82) {
            return attach(junk, target);
        } else if (kind < 90) {
            return administer(junk);
        }
        return signIn(junk, http);
    }

    private Outcome submitIdea(Junk junk, Http http) {
        // Always short of a valid idea: the proposal is missing, blank or not text, so nothing may be saved. (A
        // number or a boolean would be read as its text, as Jackson does for a string field, and be valid.)
        byte[] body = switch (junk.below(6)) {
            case 0 -> Junk.utf8(junk.json(4));
            case 1 -> Junk.utf8(junk.deep(junk.chance(50) ? 2_000 : 50));
            case 2 -> Junk.utf8("{\"partnership\":\"NG\",\"title\":" + Junk.quoted(junk.text()) + ",\"problem\":"
                    + Junk.quoted(junk.text()) + ",\"proposal\":" + junk.pick(List.of("null", "[]", "{}", "\" \"", "\"\\t\\n\"")) + "}");
            case 3 -> Junk.utf8("{\"title\":\"" + "x".repeat(junk.chance(50) ? 300_000 : 3_000) + "\"}");
            case 4 -> Junk.utf8(junk.object(3, List.of("partnership", "title", "problem", "campaign", "tags", "category",
                    "expectedBenefit")));
            default -> junk.brokenUtf8();
        };
        String contentType = junk.pick(List.of("application/json", "application/json; charset=utf-8", "text/plain",
                "application/xml", "application/x-www-form-urlencoded", "", "application/json; charset=ebcdic",
                "multipart/form-data; boundary=x"));
        Map<String, String> headers = contentType.isEmpty() ? Map.of() : Map.of("Content-Type", contentType);
        if (junk.chance(10)) {
            return answer("submit multipart", () -> http.multipart("pat", "/api/ideas", Map.of("title", junk.text()),
                    Map.of("file", junk.bytes(2_000))));
        }
        return answer("submit idea", () -> http.send(junk.pick(List.of("pat", "ivan", "nora")), "POST", "/api/ideas", headers,
                body));
    }

    private Outcome listIdeas(Junk junk, Http http) {
        List<String> names = List.of("q", "status", "side", "priority", "partnership", "mine", "campaign", "from", "to",
                "sort", "page", "size", junk.text());
        StringBuilder query = new StringBuilder("/api/ideas?");
        int n = 1 + junk.below(5);
        for (int i = 0; i < n; i++) {
            query.append(i > 0 ? "&" : "").append(encode(junk.pick(names))).append('=').append(encode(junk.text()));
        }
        return answer("list ideas", () -> http.get(junk.pick(List.of("pat", "ivan")), query.toString()));
    }

    private Outcome unknownRoute(Junk junk, Http http) {
        String path = withinRequestLine(junk.pick(List.of("/api/", "/api/ideas/", "/engine-rest/", "/engine-rest/task/",
                "/api/admin/")) + encode(junk.text()));
        String method = junk.pick(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        return answer("unknown route", () -> http.send(junk.pick(List.of("pat", "nora")), method, path,
                Map.of("Content-Type", "application/json"), Junk.utf8(junk.json(2))));
    }

    private Outcome completeTask(Junk junk, Http http, Task screening) {
        String task = junk.chance(80) ? screening.getId() : junk.text();
        StringBuilder variables = new StringBuilder("{");
        int n = junk.below(4);
        List<String> names = List.of("screeningDecision", "rejectionReason", "clarificationQuestion", "duplicateOf",
                "screeningNote", "approved", junk.text());
        for (int i = 0; i < n; i++) {
            String value = junk.chance(70) ? Junk.quoted(junk.text().replace("ACCEPT", "ACCEPT ")) : junk.json(2);
            String type = junk.pick(List.of("String", "Long", "Integer", "Double", "Boolean", "Date", "Object", "Json",
                    "Bytes", "File", "Null", junk.text()));
            variables.append(i > 0 ? "," : "").append(Junk.quoted(junk.pick(names))).append(":{\"value\":").append(value)
                    .append(",\"type\":").append(Junk.quoted(type)).append('}');
        }
        variables.append('}');
        String body = junk.chance(90) ? "{\"variables\":" + variables + "}" : junk.json(3);
        String action = junk.pick(List.of("/complete", "/submit-form", "/resolve"));
        return answer("complete task", () -> http.send("nora", "POST", withinRequestLine("/engine-rest/task/" + encode(task)) + action,
                Map.of("Content-Type", junk.chance(90) ? "application/json" : "text/plain"), Junk.utf8(body)));
    }

    private Outcome validate(Junk junk, List<FormSchema> forms) {
        FormSchema form = junk.pick(forms);
        Map<String, Object> values = new HashMap<>();
        for (FormSchema.Field field : form.fields()) {
            if (junk.chance(70)) {
                values.put(field.path(), junkValue(junk));
            }
        }
        if (junk.chance(30)) {
            values.put(junk.text(), junkValue(junk));
        }
        return refusedOrFine("validate a form", () -> validator.validate(form, values, Map.of()));
    }

    private static Object junkValue(Junk junk) {
        return switch (junk.below(8)) {
            case 0 -> null;
            case 1 -> junk.text();
            case 2 -> junk.random().nextLong();
            case 3 -> junk.random().nextDouble() * 1e300;
            case 4 -> junk.random().nextBoolean();
            case 5 -> List.of(junk.text(), junk.random().nextInt());
            case 6 -> Map.of(junk.text(), junk.text());
            default -> Double.NaN;
        };
    }

    private Outcome attach(Junk junk, Idea target) {
        // Each is wrong in some way: no accepted type, empty, too large, or not what the name says.
        String name = switch (junk.below(7)) {
            case 0 -> "../../" + junk.text() + ".pdf";
            case 1 -> junk.text() + "\u0000.txt";
            case 2 -> "report" + junk.text() + ".exe";
            case 3 -> "é".repeat(250) + ".pdf";
            case 4 -> "scan.pdf";
            case 5 -> "photo.png";
            default -> junk.text();
        };
        byte[] content = switch (junk.below(4)) {
            case 0 -> new byte[0];
            case 1 -> new byte[(int) Attachments.MAX_BYTES + 1 + junk.below(100)];
            default -> withoutSignature(junk.bytes(4_000));
        };
        String number = junk.chance(80) ? target.getNumber() : junk.text();
        return refusedOrFine("attach a file", () -> attachments.attach(junk.pick(List.of("pat", "ivan")), number, name, content));
    }

    /** Random bytes that begin like none of the accepted types, and are not text either. */
    private static byte[] withoutSignature(byte[] bytes) {
        byte[] content = new byte[bytes.length + 2];
        content[0] = 0x00;
        content[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, content, 2, bytes.length);
        return content;
    }

    private Outcome administer(Junk junk) {
        return switch (junk.below(5)) {
            case 0 -> refusedOrFine("create a user", () -> people.createUser(junk.pick(List.of("admin", "nora")),
                    " " + junk.text(), junk.text(), junk.text(), junk.text(), junk.random().nextBoolean()));
            case 1 -> refusedOrFine("save an organisation", () -> setup.saveOrganisation("admin", null,
                    " ".repeat(junk.below(4)), junk.pick(List.of(OrganisationKind.values()))));
            case 2 -> refusedOrFine("a member administers", () -> setup.saveOrganisation("nora", null, junk.text(),
                    OrganisationKind.PARTNER));
            case 3 -> refusedOrFine("set a board", () -> setup.setBoard(junk.pick(List.of("nora", "pat")), "NG",
                    Set.of(junk.text()), junk.text()));
            default -> refusedOrFine("create a campaign", () -> setup.createCampaign("pat", junk.pick(List.of("NG", "IR",
                    junk.text())), junk.text(), junk.text(), junk.text(), null, null, Set.of()));
        };
    }

    private Outcome signIn(Junk junk, Http http) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (junk.chance(90)) {
            // Never a real account: a run of wrong passwords would hold that account up for the other tests.
            fields.put("username", junk.chance(20) ? "fuzz" + junk.text() : junk.text());
        }
        if (junk.chance(90)) {
            fields.put("password", junk.text());
        }
        return answer("sign in", () -> http.form(null, "/login", fields, Map.of()));
    }

    /** An HTTP case: its answer, or no answer at all (the connection closed on it), which is a failure too. */
    private static Outcome answer(String kind, Supplier<Http.Response> request) {
        try {
            Http.Response response = request.get();
            return new Outcome(kind, response.status(), response.body());
        } catch (AssertionError noAnswer) {
            return new Outcome(kind, 599, "no answer: " + noAnswer.getMessage());
        }
    }

    /** A service call: a refusal the product means (bad input, not found, not allowed) is fine; anything else is a 5xx. */
    private static Outcome refusedOrFine(String kind, Runnable call) {
        try {
            call.run();
            return new Outcome(kind, 200, null);
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            return new Outcome(kind, 400, refused.getMessage());
        } catch (RuntimeException unexpected) {
            return new Outcome(kind, 500, unexpected.getClass().getName() + ": " + unexpected.getMessage());
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static List<FormSchema> forms() throws IOException {
        List<FormSchema> forms = new ArrayList<>();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                forms.add(FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return forms;
    }

    private void report(long seed, Map<String, Integer> byKind, List<String> failures) throws IOException {
        Path report = Path.of("target", "fuzz", getClass().getSimpleName() + ".md");
        Files.createDirectories(report.getParent());
        StringBuilder text = new StringBuilder("Fuzz run, seed " + seed + ": " + cases() + " cases, " + failures.size()
                + " answered with a server error or showing internals.\n\n| kind | cases |\n|---|---|\n");
        byKind.forEach((kind, n) -> text.append("| ").append(kind).append(" | ").append(n).append(" |\n"));
        failures.stream().limit(50).forEach(f -> text.append("\n- ").append(cut(f)));
        Files.writeString(report, text);
        System.out.println(text);
    }

    /**
     * A path that fits Tomcat's 8 KB for the request line and headers, for requests with a body: a longer one is
     * answered 400 and the connection closed before the body is read, which a client still sending it sees as a
     * broken pipe rather than an answer. (Long queries on GET requests are sent as they come.)
     */
    private static String withinRequestLine(String path) {
        return path.length() <= 6_000 ? path : path.substring(0, 6_000).replaceAll("%[0-9A-F]?$", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

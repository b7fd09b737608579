package io.fruition.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.DeserializationFeature;

import io.fruition.client.ApiClient;
import io.fruition.client.ApiException;
import io.fruition.client.ApiResponse;
import io.fruition.client.api.AttachmentsApi;
import io.fruition.client.api.CampaignsApi;
import io.fruition.client.api.CommentsApi;
import io.fruition.client.api.IdeasApi;
import io.fruition.client.api.NotificationsApi;
import io.fruition.client.api.PortfolioApi;
import io.fruition.client.api.TasksApi;
import io.fruition.client.model.Attachment;
import io.fruition.client.model.Comment;
import io.fruition.client.model.IdeaCategory;
import io.fruition.client.model.IdeaDetail;
import io.fruition.client.model.NewComment;
import io.fruition.client.model.NewIdea;
import io.fruition.client.model.Notification;
import io.fruition.client.model.Person;
import io.fruition.client.model.Problem;
import io.fruition.client.model.Task;
import io.fruition.client.model.TaskDetail;
import io.fruition.client.model.TaskScope;
import io.fruition.security.ApiTokens;
import io.fruition.support.FruitionPostgresTest;

/**
 * A client that knows nothing but /api/openapi does a member's whole job: the Java client generated at build time
 * from the description the server serves (openapi-generator, target/generated-client) submits an idea, finds it,
 * reads it, comments, supports, attaches a file, does the screening task and reads notifications and the portfolio,
 * with HTTP Basic and with a personal API token. The client reads strictly (a property the description does not
 * have fails), so if the description and the server disagree, this test fails.
 */
@FruitionPostgresTest
class GeneratedClientPostgresIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;

    @Test
    void a_generated_client_does_a_members_job_with_basic_and_with_a_token() throws Exception {
        ApiClient pat = basic("pat");
        ApiClient steve = basic("steve");
        ApiClient nora = bearer(tokens.create("nora", "Generated client", LocalDate.now().plusDays(1)).secret());

        // Submit, for a campaign: pat belongs to one partnership and leaves it out.
        long campaign = new CampaignsApi(pat).listOpenCampaigns(null, 0, 50).getItems().get(0).getId();
        String title = "Generated client idea " + System.nanoTime();
        ApiResponse<IdeaDetail> created = new IdeasApi(pat).submitIdeaWithHttpInfo(new NewIdea().title(title)
                .problem("Readings arrive late.").proposal("Send them hourly.").campaign(campaign)
                .category(IdeaCategory.QUALITY).tags(List.of("metering")));
        assertThat(created.getStatusCode()).isEqualTo(201);
        String number = created.getData().getNumber();
        assertThat(created.getHeaders().get("location")).containsExactly("/api/ideas/" + number);
        assertThat(created.getData().getPartnership()).isEqualTo("NG");
        assertThat(created.getData().getCampaign().getId()).isEqualTo(campaign);

        // List and read, with the token.
        IdeasApi ideas = new IdeasApi(nora);
        assertThat(ideas.listIdeas(title, null, null, null, "NG", false, null, null, null, null, 0, 20).getItems())
                .extracting(i -> i.getNumber()).containsExactly(number);
        IdeaDetail read = ideas.getIdea(number);
        assertThat(read.getTitle()).isEqualTo(title);
        assertThat(read.getSubmitter().getUsername()).isEqualTo("pat");
        assertThat(read.getStatusLabel()).as("until a lead takes the screening on").isEqualTo("Submitted");

        // Comment (mentioning nora) and support, with Basic.
        Comment comment = new CommentsApi(steve).addComment(number, new NewComment().body("@nora worth a look"));
        assertThat(comment.getAuthor().getUsername()).isEqualTo("steve");
        assertThat(new CommentsApi(nora).listComments(number, 0, 50).getTotal()).isEqualTo(1);
        new IdeasApi(steve).supportIdea(number);
        assertThat(ideas.getIdea(number).getSupporters()).extracting(Person::getUsername).containsExactly("steve");

        // Attach a file and download it again.
        Path png = Files.createTempFile("depot", ".png");
        Files.write(png, Base64.getDecoder().decode("iVBORw0KGgoAAAAA"));
        Attachment attached = new AttachmentsApi(pat).uploadAttachment(number, png.toFile());
        assertThat(attached.getContentType()).isEqualTo("image/png");
        File downloaded = new AttachmentsApi(nora).downloadAttachment(number, attached.getId());
        assertThat(Files.readAllBytes(downloaded.toPath())).isEqualTo(Files.readAllBytes(png));

        // My tasks: read the screening with its form, claim it, complete it (refused first, on its field).
        TasksApi tasks = new TasksApi(nora);
        Task screening = tasks.listTasks(TaskScope.WORK, null, null, number, null, null, 0, 20).getItems().get(0);
        TaskDetail detail = tasks.getTask(screening.getId());
        assertThat(detail.getForm().toString()).contains("screeningDecision");
        assertThat(detail.getValues()).containsEntry("ideaNumber", number);
        tasks.claimTask(screening.getId());
        assertThatThrownBy(() -> tasks.completeTask(screening.getId(), Map.of("screeningDecision", "REJECT")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(problem(nora, e).getErrors()).anySatisfy(error ->
                            assertThat(error.getField()).isEqualTo("rejectionReason"));
                });
        tasks.completeTask(screening.getId(), Map.of("screeningDecision", "ACCEPT"));
        assertThat(ideas.getIdea(number).getStatus()).isEqualTo("IN_VALUATION");

        // Notifications: the mention, marked read.
        NotificationsApi notifications = new NotificationsApi(nora);
        Notification mention = notifications.listNotifications(0, 200).getItems().stream()
                .filter(n -> number.equals(n.getIdea()) && "MENTION".equals(n.getKind().getValue())).findFirst()
                .orElseThrow();
        notifications.markNotificationRead(mention.getId());
        assertThat(notifications.listNotifications(0, 200).getItems()).filteredOn(n -> n.getId().equals(mention.getId()))
                .singleElement().satisfies(n -> assertThat(n.getRead()).isTrue());

        // The portfolio's figures.
        assertThat(new PortfolioApi(nora).getPortfolio("NG", null, null).getFigures())
                .extracting(f -> f.getTitle()).contains("Funnel");
    }

    @Test
    void refusals_come_back_as_the_problems_the_description_promises() {
        ApiClient pat = basic("pat");

        assertThatThrownBy(() -> new IdeasApi(pat).submitIdea(new NewIdea().partnership("XX").title("t").problem("p")
                .proposal("q"))).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(problem(pat, e).getErrors()).extracting(error -> error.getField())
                            .containsExactly("partnership");
                });
        assertThatThrownBy(() -> new IdeasApi(basic("ivan")).getIdea("NG-1"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> new IdeasApi(bearer("fru_revoked-or-never-made")).getIdea("NG-1"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    private ApiClient basic(String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return client("Basic " + credentials);
    }

    private ApiClient bearer(String token) {
        return client("Bearer " + token);
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    private static Problem problem(ApiClient client, ApiException e) {
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (Exception unreadable) {
            throw new AssertionError("Not a problem as described: " + e.getResponseBody(), unreadable);
        }
    }
}

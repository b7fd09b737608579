package io.fruition.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What a delivery carries, per flavour: a CloudEvents 1.0 event in structured JSON for programs, or for a chat's
 * incoming webhook a short text with the link (Slack's {@code <url|text>} link, Teams' Markdown).
 */
final class WebhookMessages {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private WebhookMessages() {
    }

    /** One event, as every flavour writes it. */
    record Event(String id, String type, String partnership, String subject, Instant time, String text, String link,
            Map<String, Object> data) {
    }

    static String write(Flavour flavour, Event event, String baseUrl) {
        String link = baseUrl + event.link();
        return switch (flavour) {
            case CLOUDEVENTS -> cloudEvent(event, baseUrl);
            case SLACK -> json(Map.of("text", escapeSlack(event.text()) + " <" + link + "|Open in Fruition>"));
            case TEAMS -> json(Map.of("text", event.text().replace("[", "\\[").replace("]", "\\]")
                    + " [Open in Fruition](" + link + ")"));
        };
    }

    private static String cloudEvent(Event event, String baseUrl) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", event.id());
        envelope.put("source", baseUrl + "/partnerships/" + event.partnership());
        envelope.put("type", event.type());
        if (event.subject() != null) {
            envelope.put("subject", event.subject());
        }
        envelope.put("time", event.time());
        envelope.put("datacontenttype", "application/json");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", event.partnership());
        data.put("text", event.text());
        data.put("link", baseUrl + event.link());
        data.putAll(event.data());
        envelope.put("data", data);
        return json(envelope);
    }

    /** Slack reads &, < and > as markup. */
    private static String escapeSlack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text cut to a length, so that no event can outgrow its row. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

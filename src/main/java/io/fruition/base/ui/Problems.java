package io.fruition.base.ui;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import io.fruition.shared.InvalidInputException;

/**
 * Where a form says what is wrong: every problem in a box above the buttons (announced to screen
 * readers), and the message of each field on the field itself. Nothing was saved when it shows.
 */
public class Problems extends Div {

    private Map<String, ? extends HasValidation> fields = Map.of();

    public Problems(String id) {
        setId(id);
        addClassName("form-problems");
        getElement().setAttribute("role", "alert");
    }

    /** The fields by the names the services use for them. */
    public Problems fields(Map<String, ? extends HasValidation> byName) {
        this.fields = byName;
        return this;
    }

    public void clear() {
        removeAll();
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Runs a change; shows its refusal instead of failing, and tells whether it went through. */
    public boolean attempt(Runnable change) {
        clear();
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            show(e.problems(), e.fieldProblems());
            return false;
        } catch (AccessDeniedException e) {
            show(List.of(e.getMessage()), Map.of());
            return false;
        }
    }

    public void show(List<String> problems, Map<String, List<String>> byField) {
        removeAll();
        problems.forEach(p -> add(new Div(p)));
        byField.forEach((name, messages) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(String.join(" ", messages));
            }
        });
    }

    public static void saved(String message) {
        Notification done = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}

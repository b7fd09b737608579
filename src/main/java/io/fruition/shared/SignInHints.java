package io.fruition.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * What the sign-in page may tell a newcomer about who to sign in as: filled only where the demo runs (its users and
 * their roles), empty in production, so the page never lists real accounts.
 */
@Component
public class SignInHints {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    public void offer(List<String> hints) {
        lines.clear();
        lines.addAll(hints);
    }

    public List<String> current() {
        return List.copyOf(lines);
    }
}

package io.fruition.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * What this node is still doing after it started (e.g. loading the demo), for the sign-in page to say, so that
 * a first visitor who finds fewer ideas than promised knows why. Each notice is shown until its work clears it.
 */
@Component
public class StartupNotices {

    private final Map<String, String> notices = new ConcurrentHashMap<>();

    public void show(String work, String text) {
        notices.put(work, text);
    }

    public void clear(String work) {
        notices.remove(work);
    }

    public List<String> current() {
        return notices.values().stream().sorted().toList();
    }
}

package io.fruition.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fruition.wording.Formats;

/**
 * Reads the milestones a delivery owner types into the plan form, one per line: a date, then the title
 * ("2026-12-15 Pilot at two sites"; "2026-12-15: …" and "2026-12-15 - …" are fine too).
 */
final class MilestonePlan {

    static final int MAX_MILESTONES = 30;
    private static final Pattern LINE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s*[:\\-–]?\\s*(.*)$");

    record Milestone(LocalDate dueOn, String title) {
    }

    record Parsed(List<Milestone> milestones, List<String> problems) {
    }

    private MilestonePlan() {
    }

    static Parsed parse(String text, LocalDate today, LocalDate targetDate) {
        List<Milestone> milestones = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "Milestone " + (i + 1) + ": ";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(where + "'" + abbreviate(line) + "' does not start with a date like 2026-12-15.");
                continue;
            }
            LocalDate due;
            try {
                due = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                problems.add(where + m.group(1) + " is not a date of the calendar.");
                continue;
            }
            String title = m.group(2).strip();
            if (title.length() < 3 || title.length() > 200) {
                problems.add(where + "a milestone title has 3 to 200 characters.");
            } else if (due.isBefore(today)) {
                problems.add(where + "the milestone is due on " + Formats.forThisRequest().date(due) + ", which is in the past.");
            } else if (targetDate != null && due.isAfter(targetDate)) {
                problems.add(where + "the milestone is due on " + Formats.forThisRequest().date(due) + ", after the target date "
                        + Formats.forThisRequest().date(targetDate) + ".");
            } else {
                milestones.add(new Milestone(due, title));
            }
        }
        if (milestones.isEmpty() && problems.isEmpty()) {
            problems.add("Plan at least one milestone: a due date and a title.");
        }
        if (milestones.size() > MAX_MILESTONES) {
            problems.add("A plan has at most " + MAX_MILESTONES + " milestones; this one has " + milestones.size() + ".");
        }
        return new Parsed(milestones, problems);
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}

package io.fruition.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Seeded junk: every value a careless or hostile client could send, reproducible from the seed. */
final class Junk {

    private static final List<String> WORDS = List.of("", " ", "null", "true", "0", "-1", "1e309", "NaN", "NG", "NG-",
            "NG-0", "NG-99999999", "IR-1", "xx", "../../etc/passwd", "%00", "%2F%2E%2E", "<script>alert(1)</script>",
            "' or 1=1 --", "${7*7}", "#{7*7}", "{{7*7}}", "\u0000", "\u202e", "\r\n", "\t", "ŽluťoučkýKůň", "日本語",
            "🙂🙃", "A".repeat(300), "ACCEPT ", "accept", "APPROVE\u0000", "2026-02-30", "9999-12-31T25:61:61Z",
            "-0", "0x10", "١٢٣", "\uD800", "=HYPERLINK(\"x\")");

    private final Random random;

    Junk(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A string of a few code points from everywhere: controls, combining marks, right-to-left, emoji, CJK. */
    String text() {
        if (chance(50)) {
            return pick(WORDS);
        }
        int length = chance(10) ? 500 + below(5000) : below(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = below(6);
            int codePoint = switch (kind) {
                case 0 -> below(32);
                case 1 -> 0x20 + below(0x5f);
                case 2 -> 0x300 + below(0x70);
                case 3 -> 0x590 + below(0x200);
                case 4 -> 0x1F600 + below(0x50);
                default -> 0x4E00 + below(0x5000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** A JSON value of any type and shape, up to the depth given. */
    String json(int depth) {
        int kind = depth <= 0 ? below(5) : below(8);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> pick(List.of("0", "-1", "1.5", "1e400", "-9223372036854775809", "12345678901234567890", "3"));
            case 3, 4 -> quoted(text());
            case 5 -> {
                StringBuilder array = new StringBuilder("[");
                int n = below(5);
                for (int i = 0; i < n; i++) {
                    array.append(i > 0 ? "," : "").append(json(depth - 1));
                }
                yield array.append(']').toString();
            }
            // Never a proposal: an idea sent as junk must stay short of a valid one.
            default -> object(depth, List.of("partnership", "title", "problem", "expectedBenefit", "category", "tags",
                    "campaign", "number", text()));
        };
    }

    /** An object with some of these keys, each with a value of any type. */
    String object(int depth, List<String> keys) {
        StringBuilder object = new StringBuilder("{");
        int n = below(keys.size() + 1);
        for (int i = 0; i < n; i++) {
            object.append(i > 0 ? "," : "").append(quoted(pick(keys))).append(':').append(json(depth - 1));
        }
        return object.append('}').toString();
    }

    /** Nested arrays or objects deeper than any parser should be asked to go. */
    String deep(int levels) {
        return random.nextBoolean() ? "[".repeat(levels) + "]".repeat(levels)
                : "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
    }

    byte[] bytes(int max) {
        byte[] bytes = new byte[below(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Bytes that are not UTF-8 at all, claiming to be JSON. */
    byte[] brokenUtf8() {
        return new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

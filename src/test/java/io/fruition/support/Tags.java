package io.fruition.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random tags for what a test creates in a database other tests share (prefixes, user names, names): letters a to
 * z, so that five of them give 26^5 (about 12 million) tags. A UUID's letters are a to f only, which gave 1,296
 * four-letter prefixes and two tests of one run the same one now and then.
 */
public final class Tags {

    private Tags() {
    }

    /** {@code length} random lower-case letters. */
    public static String letters(int length) {
        return ThreadLocalRandom.current().ints(length, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}

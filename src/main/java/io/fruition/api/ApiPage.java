package io.fruition.api;

import java.util.List;
import java.util.Map;

import io.fruition.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list, the same everywhere: the items, the page asked for (from 0), its size, and how many in all. */
@Schema(description = "A page of a list.")
record ApiPage<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "42") long total) {

    static final int MAX_SIZE = 200;

    /** Refuses a page below 0 or a size outside 1 to 200, naming the parameter. */
    static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException(List.of("page is 0 or more."), Map.of("page", List.of("must be 0 or more")));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(List.of("size is between 1 and " + MAX_SIZE + "."),
                    Map.of("size", List.of("must be between 1 and " + MAX_SIZE)));
        }
    }

    /** A page cut from a whole list. */
    static <T> ApiPage<T> of(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ApiPage<>(all.subList(from, to), page, size, all.size());
    }
}

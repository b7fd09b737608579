package io.fruition.api;

import java.util.Map;

import io.fruition.wording.Names;
import io.swagger.v3.oas.annotations.media.Schema;

/** A member by user name, with the full name their partnership knows them by. */
@Schema(description = "A member by user name and full name.")
record Person(@Schema(example = "nora", requiredMode = Schema.RequiredMode.REQUIRED) String username,
        @Schema(example = "Nora Nordqvist", requiredMode = Schema.RequiredMode.REQUIRED) String name) {

    /** The member named in the partnership's book; nobody (null) for no user name. */
    static Person of(Names.Book book, String username) {
        return username == null ? null : new Person(username, book.name(username));
    }

    /** The member by the full names looked up for a page; the user name where none is known. */
    static Person of(Map<String, String> names, String username) {
        return username == null ? null : new Person(username, names.getOrDefault(username, username));
    }
}

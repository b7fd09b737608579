package io.fruition.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The form-js conformance schemas, read in place from ../shared (never copied into the project). */
public final class ConformanceSchemas {

    public static final Path DIRECTORY = Path.of("..", "shared", "conformance", "formjs");

    private ConformanceSchemas() {
    }

    public static String json(String name) {
        try {
            return Files.readString(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("The conformance schema " + name + " is missing from " + DIRECTORY, e);
        }
    }

    public static FormSchema schema(String name) {
        return FormSchema.parse(json(name));
    }
}

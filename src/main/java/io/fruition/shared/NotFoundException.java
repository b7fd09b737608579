package io.fruition.shared;

/**
 * Something that does not exist, or that the acting user may not know exists: an idea of another partnership
 * is reported exactly like a missing one, so that no data and no existence leaks across partnerships.
 */
public class NotFoundException extends InvalidInputException {

    public NotFoundException(String problem) {
        super(problem);
    }
}

package org.lectern.shared;

public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}

package org.lectern.shared;

/** The signed-in person may not do or see this. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}

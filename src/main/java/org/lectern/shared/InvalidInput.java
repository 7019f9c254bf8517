package org.lectern.shared;

/** Input a person can correct; the message is shown to them as it is. */
public class InvalidInput extends RuntimeException {
    public InvalidInput(String message) {
        super(message);
    }
}

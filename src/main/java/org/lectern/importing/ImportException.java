package org.lectern.importing;

/** A file that cannot be imported; the message is the reason shown to the user. */
public final class ImportException extends Exception {
    public ImportException(String reason) { super(reason); }
    public ImportException(String reason, Throwable cause) { super(reason, cause); }
}

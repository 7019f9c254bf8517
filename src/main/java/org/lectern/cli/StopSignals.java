package org.lectern.cli;

/**
 * SIGTERM and SIGINT as a normal stop: the handler runs {@code stop} on its own thread, and the
 * command then returns, so the process exits 0 instead of the JVM's 143/130.
 */
final class StopSignals {

    private StopSignals() {}

    /** Installs the handlers; false when this JVM does not offer them (then shutdown hooks apply). */
    @SuppressWarnings("restriction")
    static boolean handle(Runnable stop) {
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    Thread t = new Thread(stop, "lectern-stop-" + name.toLowerCase(java.util.Locale.ROOT));
                    t.start();
                });
            }
            return true;
        } catch (LinkageError | IllegalArgumentException e) {
            return false;
        }
    }
}

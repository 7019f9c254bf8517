package org.lectern.cli;

import picocli.CommandLine.Command;

@Command(name = "serve", description = "Run the web server.")
public final class ServeCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("serve: being built");
    }
}

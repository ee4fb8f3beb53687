package dev.dendrite.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dev.dendrite.cli.Cli;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.Commands;

/** Runs the Dendrite command line as an Eclipse application ({@code -application dev.dendrite.cli.app}). */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Cli cli = new Cli(Commands.all(), new CommandContext(System.out, System.err, false, OsgiBundles::startAndReport));
        int code = cli.run(args == null ? new String[0] : args);
        return code == 0 ? IApplication.EXIT_OK : Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // The commands run to completion on the application thread; nothing to interrupt.
    }
}

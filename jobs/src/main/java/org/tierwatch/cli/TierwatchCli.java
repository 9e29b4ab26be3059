package org.tierwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tierwatch}: the command line of the nightly job and the tools around it. */
@Command(name = "tierwatch", mixinStandardHelpOptions = true,
    versionProvider = TierwatchCli.Version.class,
    description = "Screens supply chains for North Korean forced-labour risk.",
    subcommands = {NightlyCommand.class, SqlCommand.class, LocateCommand.class,
        DecideCommand.class, ServeSqlCommand.class, StatementCommand.class,
        GenerateCommand.class, BenchCommand.class})
public final class TierwatchCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code. */
  public static int run(String... args) {
    ErrorReporter errors = new ErrorReporter();
    return new CommandLine(new TierwatchCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }

  /** The version the build stamped into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tierwatch " + org.tierwatch.pipeline.CodeVersion.get()};
    }
  }
}

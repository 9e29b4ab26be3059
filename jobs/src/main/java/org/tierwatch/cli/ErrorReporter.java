package org.tierwatch.cli;

import java.io.PrintWriter;
import org.tierwatch.config.ConfigException;
import org.tierwatch.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one clear line on standard error and the contract's exit code: 2 for
 * bad usage, input or configuration, 1 for anything else. The full stack trace is printed only
 * when TIERWATCH_DEBUG is set, because a scheduler's log wants the reason, not the JVM.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("tierwatch: " + e.getMessage());
    err.println("Try 'tierwatch " + commandName(e.getCommandLine()) + " --help' for the options.");
    err.flush();
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (System.getenv("TIERWATCH_DEBUG") != null) {
      e.printStackTrace(err);
    }
    boolean usage = isUsage(e);
    err.println("tierwatch: " + (usage ? "" : "error: ") + oneLine(e));
    err.flush();
    return usage ? ExitCode.USAGE : ExitCode.FAILURE;
  }

  static boolean isUsage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UsageException || t instanceof InputException
          || t instanceof ConfigException) {
        return true;
      }
    }
    return false;
  }

  /** The most specific message in the cause chain, on one line. */
  static String oneLine(Throwable e) {
    Throwable best = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UsageException || t instanceof InputException
          || t instanceof ConfigException) {
        best = t;
        break;
      }
    }
    String message = best.getMessage() == null ? best.getClass().getSimpleName()
        : best.getMessage();
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 500 ? first.substring(0, 500) + " ..." : first;
  }

  private static String commandName(CommandLine command) {
    String name = command.getCommandName();
    return command.getParent() == null ? "" : name;
  }
}

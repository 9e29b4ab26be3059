package org.tierwatch.cli;

/** The exit codes every command keeps, so a scheduler can act on them. */
public final class ExitCode {
  /** The command did what it was asked. */
  public static final int OK = 0;
  /** The command failed while working: a bug, a lost executor, a full disk, a busy warehouse. */
  public static final int FAILURE = 1;
  /** The command was asked wrongly: unknown option, bad value, unreadable input or config. */
  public static final int USAGE = 2;

  private ExitCode() {}
}

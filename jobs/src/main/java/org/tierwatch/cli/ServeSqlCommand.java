package org.tierwatch.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.tierwatch.serve.EndpointSettings;
import org.tierwatch.serve.SqlEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tierwatch serve-sql}: a Spark Connect endpoint on the tables, until interrupted. */
@Command(name = "serve-sql", mixinStandardHelpOptions = true,
    description = {"Serve the result tables and analyst views over Spark Connect (sc://HOST:PORT).",
        "Binds to loopback by default; any other --host needs the token in "
            + EndpointSettings.TOKEN_VARIABLE + "."})
final class ServeSqlCommand implements Callable<Integer> {
  @Mixin
  TableOptions tables;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on; default ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "15002",
      description = "Port to listen on (0 picks a free one); default ${DEFAULT-VALUE}.")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    EndpointSettings settings;
    try {
      settings = new EndpointSettings(host, port,
          Optional.ofNullable(System.getenv(EndpointSettings.TOKEN_VARIABLE))
              .filter(token -> !token.isBlank()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (TableSession session = TableSession.open(tables);
        SqlEndpoint endpoint = SqlEndpoint.start(settings)) {
      System.out.printf("serving %s over Spark Connect at sc://%s:%d%s (Ctrl-C stops)%n",
          session.warehouse().root(), host, endpoint.port(),
          settings.token().isPresent() ? "/;token=$" + EndpointSettings.TOKEN_VARIABLE : "");
      System.out.flush();
      endpoint.awaitTermination();
    }
    return ExitCode.OK;
  }
}

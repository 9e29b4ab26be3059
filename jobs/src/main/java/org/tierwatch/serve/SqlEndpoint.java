package org.tierwatch.serve;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.connect.service.SparkConnectService;
import org.sparkproject.connect.grpc.Server;
import org.sparkproject.connect.grpc.netty.NettyServerBuilder;

/**
 * A Spark Connect endpoint over the running SparkSession, so notebooks and BI tools query the
 * result tables and analyst views by name. Built here rather than through
 * {@code SparkConnectService.start}, because Spark 3.5's own start listens on every interface
 * and has no authentication; this one binds to the configured address and checks a bearer token
 * when one is set.
 */
public final class SqlEndpoint implements AutoCloseable {
  private static final int MAX_MESSAGE_BYTES = 128 * 1024 * 1024;

  private final Server server;

  private SqlEndpoint(Server server) {
    this.server = server;
  }

  /** Starts listening; the sessions it serves share the catalog of the running SparkContext. */
  public static SqlEndpoint start(EndpointSettings settings) {
    requireNonNull(settings, "settings is null");
    NettyServerBuilder builder = NettyServerBuilder
        .forAddress(new InetSocketAddress(settings.host(), settings.port()))
        .maxInboundMessageSize(MAX_MESSAGE_BYTES)
        .addService(new SparkConnectService(false));
    settings.token().ifPresent(token -> builder.intercept(new BearerTokenInterceptor(token)));
    try {
      return new SqlEndpoint(builder.build().start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + settings.host() + ":"
          + settings.port(), e);
    }
  }

  /** The port it listens on (the one chosen by the system when the settings asked for 0). */
  public int port() {
    return server.getPort();
  }

  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  @Override
  public void close() {
    server.shutdown();
    try {
      if (!server.awaitTermination(10, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

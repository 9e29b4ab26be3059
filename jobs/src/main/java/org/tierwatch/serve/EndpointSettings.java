package org.tierwatch.serve;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where the SQL endpoint listens and what it asks of a client. A loopback address needs no
 * token, since only processes on this machine reach it; any other address refuses to start
 * without one, so the tables are never open to a network by accident.
 */
public record EndpointSettings(String host, int port, Optional<String> token) {
  /** The environment variable the bearer token is read from; never a file in the repository. */
  public static final String TOKEN_VARIABLE = "TIERWATCH_SQL_TOKEN";

  public EndpointSettings {
    requireNonNull(host, "host is null");
    requireNonNull(token, "token is null");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in 0..65535");
    }
    if (token.isPresent() && token.get().length() < 16) {
      throw new IllegalArgumentException(TOKEN_VARIABLE + " is shorter than 16 characters");
    }
    if (token.isEmpty() && !isLoopback(host)) {
      throw new IllegalArgumentException("binding to " + host + " beyond loopback needs a token: "
          + "set " + TOKEN_VARIABLE);
    }
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve host " + host, e);
    }
  }
}

package org.tierwatch.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 access to the shared local SparkSession: declare a {@link SparkSession} or a
 * {@link SharedSparkSession} (for spark-testing-base's DataFrame assertions) as a test or lifecycle
 * method parameter.
 */
public final class SparkSessionExtension implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    Class<?> type = parameter.getParameter().getType();
    return type == SparkSession.class || type == SharedSparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    return parameter.getParameter().getType() == SparkSession.class
        ? SharedSparkSession.session() : SharedSparkSession.get();
  }
}

package org.tierwatch.publish;

/**
 * What a run's tables were made with: the build of Tierwatch and the hash of its configuration.
 * A later run may add to those tables only when both are the same, since either can change what
 * any row holds.
 *
 * @param codeVersion the build, as {@code runs.code_version} records it; null when unknown
 * @param configHash the configuration hash; null when unknown
 */
public record RunBasis(String codeVersion, String configHash) {}

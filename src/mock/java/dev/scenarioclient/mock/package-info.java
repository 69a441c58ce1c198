/**
 * A mock of the Scenario API for tests and local development: {@link
 * dev.scenarioclient.mock.ScenarioMockServer} serves the documented sample, every documented error
 * and a set of faults by model id, and holds callers to the OpenAPI contract with {@link
 * dev.scenarioclient.mock.ContractValidator}. Shipped in the {@code testing} jar and in the CLI
 * ({@code mock}), never in the library jar.
 */
@NullMarked
package dev.scenarioclient.mock;

import org.jspecify.annotations.NullMarked;

/**
 * JUnit 5 support for testing code that uses the Scenario client: {@link
 * dev.scenarioclient.mock.junit.ScenarioMock} starts a {@link dev.scenarioclient.mock.ScenarioMockServer}
 * for a test class and injects a configured client. Shipped in the {@code testing} jar.
 */
@NullMarked
package dev.scenarioclient.mock.junit;

import org.jspecify.annotations.NullMarked;

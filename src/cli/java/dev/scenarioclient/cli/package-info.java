/**
 * The {@code scenario} command line: one class per subcommand, wired by
 * {@link dev.scenarioclient.cli.ScenarioCli}. Not part of the library jar.
 */
@NullMarked
package dev.scenarioclient.cli;

import org.jspecify.annotations.NullMarked;

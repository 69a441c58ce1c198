package dev.scenarioclient.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Reads {@code --api-secret-file}: a file that is missing, unreadable or empty is a usage error
 * naming the file. Public for the subcommands in subpackages; not API.
 */
public final class SecretFile {
  private SecretFile() {}

  /** Returns the secret, trimmed, or throws a usage error of {@code commandLine}. */
  public static String read(Path file, CommandLine commandLine) {
    String secret;
    try {
      secret = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
    } catch (NoSuchFileException e) {
      throw new CommandLine.ParameterException(commandLine, "--api-secret-file " + file + ": no such file");
    } catch (IOException e) {
      throw new CommandLine.ParameterException(commandLine, "--api-secret-file " + file + ": cannot be read ("
          + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")");
    }
    if (secret.isEmpty()) {
      throw new CommandLine.ParameterException(commandLine, "--api-secret-file " + file + ": the file is empty");
    }
    return secret;
  }
}

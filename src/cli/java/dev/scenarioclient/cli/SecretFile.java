package dev.scenarioclient.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Reads {@code --api-secret-file}: a file that is missing, unreadable, empty or longer than
 * {@value #MAX_BYTES} bytes (a secret is one short line; {@code /dev/zero} never ends) is a usage
 * error naming the file. Public for the subcommands in subpackages; not API.
 */
public final class SecretFile {
  /** The most {@code --api-secret-file} may hold. */
  static final int MAX_BYTES = 8 * 1024;

  private SecretFile() {}

  /** Returns the secret, trimmed, or throws a usage error of {@code commandLine}. */
  public static String read(Path file, CommandLine commandLine) {
    String secret;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = new byte[MAX_BYTES + 1];
      int length = 0;
      for (int read; length < bytes.length && (read = in.read(bytes, length, bytes.length - length)) != -1; ) {
        length += read;
      }
      if (length > MAX_BYTES) {
        throw usage(commandLine, file, "longer than " + MAX_BYTES / 1024 + " KiB; it must hold only the API secret");
      }
      secret = new String(bytes, 0, length, StandardCharsets.UTF_8).trim();
    } catch (NoSuchFileException e) {
      throw usage(commandLine, file, "no such file");
    } catch (IOException e) {
      throw usage(commandLine, file, "cannot be read ("
          + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")");
    }
    if (secret.isEmpty()) {
      throw usage(commandLine, file, "the file is empty");
    }
    return secret;
  }

  private static CommandLine.ParameterException usage(CommandLine commandLine, Path file, String problem) {
    return new CommandLine.ParameterException(commandLine, "--api-secret-file " + file + ": " + problem);
  }
}

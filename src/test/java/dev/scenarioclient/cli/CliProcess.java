package dev.scenarioclient.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in a separate JVM, as a user's shell would, and captures what it prints. */
final class CliProcess {
  final int exitCode;
  final String out;
  final String err;

  private CliProcess(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /** JVM flags for a child that runs for seconds: C1 only and the serial collector start it fastest. */
  static final List<String> SHORT_LIVED_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /** Runs {@code java <launch> <args>} with only the given environment variables set. */
  static CliProcess run(List<String> launch, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.addAll(SHORT_LIVED_JVM);
    command.addAll(launch);
    command.addAll(List.of(args));
    return exec(command, env);
  }

  /** Runs {@code command} (a program and its arguments) with only the given environment variables set. */
  static CliProcess exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("CLI did not finish within 60 s: " + command);
    }
    try {
      return new CliProcess(process.exitValue(),
          new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}

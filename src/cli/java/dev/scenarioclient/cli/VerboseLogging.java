package dev.scenarioclient.cli;

/** Routes the client's SLF4J HTTP log to stderr, one plain line per message. */
final class VerboseLogging {
  private VerboseLogging() {}

  static void enable() {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    System.setProperty("org.slf4j.simpleLogger.log.dev.scenarioclient.http", "info");
  }
}

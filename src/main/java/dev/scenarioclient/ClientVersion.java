package dev.scenarioclient;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of this client, from a resource Maven fills in at build time. */
final class ClientVersion {
  static final String NAME;
  static final String VERSION;

  static {
    Properties properties = new Properties();
    try (InputStream in = ClientVersion.class.getResourceAsStream("client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to the defaults below
    }
    NAME = properties.getProperty("name", "scenario-model-examples-client");
    VERSION = properties.getProperty("version", "unknown");
  }

  private ClientVersion() {}

  static String userAgent() {
    return NAME + "/" + VERSION + " (Java " + System.getProperty("java.version") + ")";
  }
}

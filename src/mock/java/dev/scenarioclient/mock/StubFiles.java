package dev.scenarioclient.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A set of WireMock stub files ({@code mappings/*.json} and {@code __files/*}) held in memory by
 * relative path: the ones embedded in the jar, or a user's directory.
 */
final class StubFiles {
  /** Where the build puts contract-tests/wiremock on the class path. */
  static final String EMBEDDED_ROOT = "dev/scenarioclient/mock/stubs";

  private final Map<String, byte[]> files;

  private StubFiles(Map<String, byte[]> files) {
    this.files = Collections.unmodifiableMap(files);
  }

  static StubFiles embedded() {
    return Embedded.INSTANCE;
  }

  /** Reads a stub directory: it must hold a {@code mappings} directory, and may hold {@code __files}. */
  static StubFiles directory(Path root) {
    if (!Files.isDirectory(root.resolve("mappings"))) {
      throw new IllegalArgumentException(root + " has no mappings/ directory (WireMock's layout: mappings/ and __files/)");
    }
    return new StubFiles(read(root));
  }

  /** The mapping files' JSON by relative path, in path order. */
  Map<String, String> mappings() {
    Map<String, String> mappings = new TreeMap<>();
    files.forEach((path, bytes) -> {
      if (path.startsWith("mappings/") && path.endsWith(".json")) {
        mappings.put(path, new String(bytes, StandardCharsets.UTF_8));
      }
    });
    return mappings;
  }

  /** Writes every file under {@code root}, replacing files of the same path. */
  void writeTo(Path root) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey()).normalize();
      if (!target.startsWith(root)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  private static Map<String, byte[]> read(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String top : new String[] {"mappings", "__files"}) {
      Path directory = root.resolve(top);
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(directory)) {
        walk.filter(Files::isRegularFile).forEach(file -> {
          String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
          try {
            files.put(relative, Files.readAllBytes(file));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stub file " + file, e);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the stub directory " + directory, e);
      }
    }
    return files;
  }

  /** Read once: from a directory in a build, from the jar otherwise. */
  private static final class Embedded {
    static final StubFiles INSTANCE = load();

    private static StubFiles load() {
      URL url = StubFiles.class.getClassLoader().getResource(EMBEDDED_ROOT);
      if (url == null) {
        throw new IllegalStateException(EMBEDDED_ROOT + " is not on the class path");
      }
      try {
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
          try (FileSystem jar = newFileSystem(uri)) {
            return new StubFiles(read(jar.getPath("/" + EMBEDDED_ROOT)));
          }
        }
        return new StubFiles(read(Paths.get(uri)));
      } catch (URISyntaxException | IOException e) {
        throw new IllegalStateException("cannot read the embedded stubs at " + url, e);
      }
    }

    private static FileSystem newFileSystem(URI uri) throws IOException {
      try {
        return FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        // Someone else opened this jar as a file system; read through a fresh one of our own.
        String jarUri = uri.toString();
        Path jarFile = Paths.get(URI.create(jarUri.substring("jar:".length(), jarUri.indexOf("!/"))));
        return FileSystems.newFileSystem(jarFile, (ClassLoader) null);
      }
    }
  }
}

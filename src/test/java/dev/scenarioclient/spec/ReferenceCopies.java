package dev.scenarioclient.spec;

import dev.scenarioclient.testing.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The copies of the vendor's references that the contract is held to, one folder per edition named
 * by its month: {@code src/test/resources/reference/2026-07/…api-reference.txt} (the web page),
 * {@code …/2026-08/…sdk-reference.md} (the SDK Markdown). The newest edition is the one with the
 * greatest name; absorbing a new edition adds a folder.
 */
final class ReferenceCopies {
  static final Path FOLDER = OpenApiContract.projectFile("src/test/resources/reference");
  private static final Pattern EDITION = Pattern.compile("\\d{4}-\\d{2}");

  /** One edition's copy. */
  record Copy(String edition, Path file) {
    Reference read() {
      return Reference.parse(edition + "/" + file.getFileName(), OpenApiContract.read(file));
    }
  }

  private ReferenceCopies() {}

  /** Every copy in {@code folder}, oldest first. */
  static List<Copy> list(Path folder) {
    List<Copy> copies = new ArrayList<>();
    try (Stream<Path> editions = Files.list(folder)) {
      for (Path edition : editions.sorted().collect(Collectors.toList())) {
        String name = edition.getFileName().toString();
        if (!Files.isDirectory(edition) || !EDITION.matcher(name).matches()) {
          throw new IllegalStateException(folder + " should hold only yyyy-mm folders, found " + name);
        }
        List<Path> files;
        try (Stream<Path> inside = Files.list(edition)) {
          files = inside.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        if (files.size() != 1) {
          throw new IllegalStateException(edition + " should hold exactly one reference file, found " + files);
        }
        copies.add(new Copy(name, files.get(0)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    copies.sort(Comparator.comparing(Copy::edition));
    if (copies.isEmpty()) {
      throw new IllegalStateException("no reference copy under " + folder);
    }
    return copies;
  }

  static List<Copy> list() {
    return list(FOLDER);
  }

  static Copy newest() {
    List<Copy> copies = list();
    return copies.get(copies.size() - 1);
  }

  /** The copies under the default folder older than {@code edition}, newest first. */
  static List<Reference> olderThan(String edition) {
    return olderThan(list(), edition);
  }

  /** The copies older than {@code edition}, newest first. */
  static List<Reference> olderThan(List<Copy> copies, String edition) {
    List<Reference> older = new ArrayList<>();
    for (Copy copy : copies) {
      if (copy.edition().compareTo(edition) < 0) {
        older.add(0, copy.read());
      }
    }
    return older;
  }

  /** The edition a reference file belongs to, from its folder's name, or null when it has none. */
  static String editionOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent != null && EDITION.matcher(parent.getFileName().toString()).matches()
        ? parent.getFileName().toString() : null;
  }
}

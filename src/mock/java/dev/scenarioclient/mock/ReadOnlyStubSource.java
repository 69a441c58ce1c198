package dev.scenarioclient.mock;

import com.github.tomakehurst.wiremock.common.AbstractFileSource;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.JsonException;
import com.github.tomakehurst.wiremock.common.TextFile;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.standalone.MappingFileException;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mock's stub mappings, loaded as WireMock's {@link JsonFileMappingsSource} loads them (every
 * {@code .json} file, one mapping or a {@code mappings} array each), but never written back.
 *
 * <p>WireMock's own source builds, when it is created, the Handlebars engine it names saved stub
 * files with: about a quarter of a second of every mock's start. The mock serves a temporary copy
 * of its stubs, deleted when it stops, so nothing saved there would outlive it: saving and removing
 * do nothing here. Through WireMock's admin API too: a stub posted as persistent, or saved with
 * {@code /__admin/mappings/save}, lasts until the next {@code /__admin/reset}, and a reset brings
 * back every stub file.
 */
final class ReadOnlyStubSource implements MappingsSource {
  private final FileSource mappings;

  ReadOnlyStubSource(FileSource mappings) {
    this.mappings = mappings;
  }

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    if (!mappings.exists()) {
      return;
    }
    List<TextFile> files =
        mappings.listFilesRecursively().stream()
            .filter(AbstractFileSource.byFileExtension("json"))
            .collect(Collectors.toList());
    for (TextFile file : files) {
      StubMappingCollection collection;
      try {
        collection = Json.read(file.readContents(), StubMappingCollection.class);
      } catch (JsonException e) {
        throw new MappingFileException(nameOf(file), e.getErrors().first().getDetail());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the stub file " + nameOf(file), e);
      }
      for (StubMapping mapping : collection.getMappingOrMappings()) {
        mapping.setDirty(false);
        stubMappings.addMapping(mapping);
      }
    }
  }

  /** {@code mappings/mine.json}: the path in the stub directory, not in the mock's temporary copy. */
  private String nameOf(TextFile file) {
    Path root = Paths.get(mappings.getPath()).toAbsolutePath();
    Path path = Paths.get(file.getPath()).toAbsolutePath();
    return "mappings/" + root.relativize(path).toString().replace('\\', '/');
  }

  @Override
  public void save(List<StubMapping> stubMappings) {}

  @Override
  public void save(StubMapping stubMapping) {}

  @Override
  @SuppressWarnings("removal") // abstract in WireMock 3, to be replaced by remove(UUID)
  public void remove(StubMapping stubMapping) {}

  @Override
  public void remove(UUID stubMappingId) {}

  @Override
  public void removeAll() {}
}

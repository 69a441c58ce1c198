package dev.scenarioclient.mock;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.JsonException;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.standalone.MappingFileException;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mock's stub mappings, read as WireMock's {@link JsonFileMappingsSource} reads them (one
 * mapping or a {@code mappings} array a file), from the files the mock has already read, and never
 * written back.
 *
 * <p>WireMock's own source builds, when it is created, the Handlebars engine it names saved stub
 * files with: about a quarter of a second of every mock's start. The mock serves a temporary copy
 * of its stubs, deleted when it stops, so nothing saved there would outlive it: saving and removing
 * do nothing here. Through WireMock's admin API too: a stub posted as persistent, or saved with
 * {@code /__admin/mappings/save}, lasts until the next {@code /__admin/reset}, and a reset brings
 * back every stub file.
 */
final class ReadOnlyStubSource implements MappingsSource {
  private final Map<String, String> mappingFiles;

  /** @param mappingFiles each mapping file's JSON by its path in the stub directory, {@code mappings/mine.json} */
  ReadOnlyStubSource(Map<String, String> mappingFiles) {
    this.mappingFiles = mappingFiles;
  }

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    mappingFiles.forEach((path, json) -> {
      StubMappingCollection collection;
      try {
        collection = Json.read(json, StubMappingCollection.class);
      } catch (JsonException e) {
        throw new MappingFileException(path, e.getErrors().first().getDetail());
      }
      for (StubMapping mapping : collection.getMappingOrMappings()) {
        mapping.setDirty(false);
        stubMappings.addMapping(mapping);
      }
    });
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

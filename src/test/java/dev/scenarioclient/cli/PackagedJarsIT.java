package dev.scenarioclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.OpenApiSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The jars {@code mvn package} builds and attaches: the CLI jar runs the README's first call with no
 * credentials and the mock server, and knows its version; the library, sources and javadoc jars
 * hold the library (and the contract) but none of the CLI or the mock; the testing jar carries the
 * mock and the JUnit extension only; each carries the licence. The tests share nothing, so they run
 * two at a time.
 */
@Execution(ExecutionMode.CONCURRENT)
class PackagedJarsIT {
  private static final String CLI_JAR = System.getProperty("cli.jar");
  private static final String LIBRARY_JAR = System.getProperty("library.jar");
  private static final String TESTING_JAR = System.getProperty("testing.jar");
  private static final String SOURCES_JAR = System.getProperty("sources.jar");
  private static final String JAVADOC_JAR = System.getProperty("javadoc.jar");
  private static final String VERSION = System.getProperty("project.version");
  private static final String CONTRACT = "META-INF/openapi/scenario-model-examples-client/openapi.yaml";
  private static final Map<String, String> NO_CREDENTIALS = Map.of("LC_ALL", "C.UTF-8");

  @Test
  void cliJarPrintsTheDocumentedExampleAsATableWithoutCredentials() throws Exception {
    CliProcess run = CliProcess.run(List.of("-jar", CLI_JAR), NO_CREDENTIALS, "list", "model_eyVcnFJcR92BxBkz7N6g5w");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).startsWith("ASSET ID  KIND  TYPE").contains("id        3d    3d-texture  custom");
    assertThat(run.err).startsWith("Replaying from the embedded mock server at http://127.0.0.1:")
        .contains("Answered by the replay scenario 'sample' (any other model id)");
  }

  @Test
  void launcherRunsTheCliFromAClassDataArchiveAfterItsFirstRun(@TempDir Path directory) throws Exception {
    // The launcher runs the jar beside it and writes its class-data archive there.
    Files.copy(Paths.get(CLI_JAR), directory.resolve(Paths.get(CLI_JAR).getFileName()));
    Path launcher = Files.copy(Paths.get(CLI_JAR).resolveSibling("scenario"), directory.resolve("scenario"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Map<String, String> env = Map.of("LC_ALL", "C.UTF-8", "PATH", System.getenv("PATH"),
        "JAVA_HOME", System.getProperty("java.home"));
    List<String> command = List.of(launcher.toString(), "list", "model_eyVcnFJcR92BxBkz7N6g5w", "--json");

    CliProcess first = CliProcess.exec(command, env);
    List<Path> archives;
    try (java.util.stream.Stream<Path> files = Files.list(directory)) {
      archives = files.filter(file -> file.getFileName().toString().endsWith(".jsa")).collect(Collectors.toList());
    }
    CliProcess second = CliProcess.exec(command, env);

    assertThat(archives).as("class-data archive written by the first run").singleElement()
        .satisfies(archive -> assertThat(Files.size(archive)).isPositive());
    for (CliProcess run : List.of(first, second)) {
      assertThat(run.exitCode).as(run.err).isZero();
      // What java -jar prints (cliJarReplaysTheSampleVerbatimAsJson): the sample, verbatim.
      ExactJson.assertJsonEquals(run.out, OpenApiContract.sample());
      assertThat(run.err).as("no JVM noise on stderr").startsWith("Replaying from the embedded mock server at");
    }
  }

  @Test
  void cliJarRunsTheMockServerUntilSigterm() throws Exception {
    try (MockProcess mock = MockProcess.start(List.of("-jar", CLI_JAR))) {
      int sample = MockProcess.status(mock.baseUrl + "/models/model_1/examples", "Authorization",
          "Bearer " + dev.scenarioclient.mock.ScenarioMockServer.BEARER_TOKEN);
      String badQuery = MockProcess.body(mock.baseUrl + "/models/model_1/examples?originalAssets=maybe",
          "Authorization", "Bearer " + dev.scenarioclient.mock.ScenarioMockServer.BEARER_TOKEN);

      assertThat(sample).isEqualTo(200);
      assertThat(badQuery).contains("query parameter 'originalAssets': 'maybe' is not a boolean");
      assertThat(mock.stopWith("TERM")).as(mock.stderr()).isZero();
    }
  }

  @Test
  void testingJarHoldsTheMockAndTheExtensionOnly() throws Exception {
    try (JarFile jar = new JarFile(TESTING_JAR)) {
      List<String> entries = Collections.list(jar.entries()).stream().map(e -> e.getName())
          .filter(name -> !name.endsWith("/") && !name.startsWith("META-INF/")).collect(Collectors.toList());

      assertThat(entries).isNotEmpty().allMatch(name -> name.startsWith("dev/scenarioclient/mock/"));
      assertThat(entries).contains("dev/scenarioclient/mock/junit/ScenarioMockExtension.class",
          "dev/scenarioclient/mock/stubs/mappings/list-model-examples.json",
          "dev/scenarioclient/mock/stubs/__files/list-model-examples.sample-response.json");
    }
  }

  @Test
  void cliJarCarriesTheMockButNotTheJUnitExtension() throws Exception {
    try (JarFile jar = new JarFile(CLI_JAR)) {
      assertThat(jar.getEntry("dev/scenarioclient/mock/ScenarioMockServer.class")).isNotNull();
      assertThat(jar.getEntry("com/atlassian/oai/validator/OpenApiInteractionValidator.class")).isNotNull();
      assertThat(Collections.list(jar.entries())).noneMatch(e -> e.getName().startsWith("dev/scenarioclient/mock/junit/"));
    }
  }

  @Test
  void cliJarReplaysTheSampleVerbatimAsJson() throws Exception {
    CliProcess run = CliProcess.run(List.of("-jar", CLI_JAR), NO_CREDENTIALS, "list", "model_1", "--json");

    assertThat(run.exitCode).as(run.err).isZero();
    ExactJson.assertJsonEquals(run.out, OpenApiContract.sample());
  }

  @Test
  void cliJarReplaysTheErrorStubsToo() throws Exception {
    CliProcess run = CliProcess.run(List.of("-jar", CLI_JAR), NO_CREDENTIALS, "list", "model_missing");

    assertThat(run.exitCode).isEqualTo(4);
    assertThat(run.err).contains("Model not found");
  }

  @Test
  void cliJarChecksTheDocumentedSampleAndExitsZero() throws Exception {
    CliProcess run = CliProcess.run(List.of("-jar", CLI_JAR), NO_CREDENTIALS, "check", OpenApiContract.SAMPLE.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("conforms, no departure");
    assertThat(run.err).as("nothing but the report: no validator or logger noise").isEmpty();
  }

  @Test
  void libraryJarCarriesTheContractAndNoCliOrMockClassesOrStubs() throws Exception {
    try (JarFile jar = new JarFile(LIBRARY_JAR)) {
      List<String> entries = Collections.list(jar.entries()).stream().map(e -> e.getName()).collect(Collectors.toList());
      String contract = read(jar, CONTRACT);

      assertThat(entries).noneMatch(name -> name.startsWith("dev/scenarioclient/cli/"));
      assertThat(entries).noneMatch(name -> name.startsWith("dev/scenarioclient/mock/"));
      assertThat(entries).contains("dev/scenarioclient/ScenarioClient.class", "dev/scenarioclient/models/Asset.class");
      assertThat(contract).isEqualTo(OpenApiContract.read(Paths.get("openapi/openapi.yaml").toAbsolutePath()));
    }
  }

  @Test
  void libraryJarHasAPackageInfoInEveryPackage() throws Exception {
    try (JarFile jar = new JarFile(LIBRARY_JAR)) {
      Set<String> packages = Collections.list(jar.entries()).stream()
          .map(e -> e.getName())
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.lastIndexOf('/')))
          .collect(Collectors.toCollection(TreeSet::new));

      assertThat(packages).containsExactly(
          "dev/scenarioclient", "dev/scenarioclient/errors", "dev/scenarioclient/internal",
          "dev/scenarioclient/jackson", "dev/scenarioclient/models");
      assertThat(packages).allSatisfy(pkg -> assertThat(jar.getEntry(pkg + "/package-info.class")).as(pkg).isNotNull());
    }
  }

  @Test
  void modelsPackageHoldsOnlyTheSchemasOfTheDocument() throws Exception {
    Set<String> schemas = OpenApiSchemas.load().document().getComponents().getSchemas().keySet();
    try (JarFile jar = new JarFile(LIBRARY_JAR)) {
      List<String> topLevelModels = Collections.list(jar.entries()).stream()
          .map(e -> e.getName())
          .filter(name -> name.startsWith("dev/scenarioclient/models/") && name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring("dev/scenarioclient/models/".length(), name.length() - ".class".length()))
          .filter(name -> !name.equals("package-info"))
          .collect(Collectors.toList());

      assertThat(topLevelModels).containsExactlyInAnyOrderElementsOf(schemas);
    }
  }

  @Test
  void sourcesJarHoldsTheSourceOfEveryLibraryClassAndNothingOfTheCliOrTheMock() throws Exception {
    Set<String> classes = topLevelClasses(LIBRARY_JAR, ".class");
    List<String> entries = entries(SOURCES_JAR);

    assertThat(classes).as("library classes").contains("dev/scenarioclient/ScenarioClient");
    assertThat(topLevelClasses(SOURCES_JAR, ".java")).isEqualTo(classes);
    assertThat(entries).noneMatch(name -> name.startsWith("dev/scenarioclient/cli/"));
    assertThat(entries).noneMatch(name -> name.startsWith("dev/scenarioclient/mock/"));
    assertThat(entries).contains(CONTRACT, "META-INF/LICENSE", "META-INF/NOTICE");
  }

  @Test
  void javadocJarDocumentsExactlyTheLibrarysPackages() throws Exception {
    Set<String> documented = entries(JAVADOC_JAR).stream()
        .filter(name -> name.endsWith("/package-summary.html"))
        .map(name -> name.substring(0, name.length() - "/package-summary.html".length()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> packages = topLevelClasses(LIBRARY_JAR, ".class").stream()
        .map(name -> name.substring(0, name.lastIndexOf('/')))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(documented).isEqualTo(packages);
    assertThat(entries(JAVADOC_JAR)).contains("dev/scenarioclient/jackson/ScenarioJacksonModule.html");
  }

  @Test
  void libraryJarRegistersTheJacksonModuleForServiceLoading() throws Exception {
    try (JarFile jar = new JarFile(LIBRARY_JAR)) {
      String services = read(jar, "META-INF/services/com.fasterxml.jackson.databind.Module");

      assertThat(services.trim()).isEqualTo("dev.scenarioclient.jackson.ScenarioJacksonModule");
      assertThat(jar.getEntry("dev/scenarioclient/jackson/ScenarioJacksonModule.class")).isNotNull();
      assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version")).isEqualTo(VERSION);
    }
  }

  @Test
  void everyJarOfCodeCarriesTheLicenceAndNotice() throws Exception {
    String licence = OpenApiContract.read(OpenApiContract.projectFile("LICENSE"));
    String notice = OpenApiContract.read(OpenApiContract.projectFile("NOTICE"));

    assertThat(licence).contains("Apache License", "Version 2.0, January 2004");
    for (String path : List.of(LIBRARY_JAR, SOURCES_JAR, CLI_JAR, TESTING_JAR)) {
      try (JarFile jar = new JarFile(path)) {
        assertThat(read(jar, "META-INF/LICENSE")).as(path).isEqualTo(licence);
        assertThat(read(jar, "META-INF/NOTICE")).as(path).isEqualTo(notice);
      }
    }
  }

  @Test
  void cliJarManifestCarriesTheVersionThatVersionPrints() throws Exception {
    String manifestVersion;
    try (JarFile jar = new JarFile(CLI_JAR)) {
      manifestVersion = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
    }
    CliProcess run = CliProcess.run(List.of("-jar", CLI_JAR), NO_CREDENTIALS, "--version");

    assertThat(manifestVersion).isEqualTo(VERSION);
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out.trim()).isEqualTo("scenario CLI " + VERSION);
  }

  private static List<String> entries(String path) throws Exception {
    try (JarFile jar = new JarFile(path)) {
      return Collections.list(jar.entries()).stream().map(e -> e.getName()).collect(Collectors.toList());
    }
  }

  /** The top-level classes of a jar, as paths without suffix, from its .class or .java entries. */
  private static Set<String> topLevelClasses(String path, String suffix) throws Exception {
    return entries(path).stream()
        .filter(name -> name.startsWith("dev/") && name.endsWith(suffix) && !name.contains("$"))
        .map(name -> name.substring(0, name.length() - suffix.length()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String read(JarFile jar, String entry) throws Exception {
    assertThat(jar.getEntry(entry)).as(jar.getName() + " has " + entry).isNotNull();
    return new String(jar.getInputStream(jar.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
  }
}

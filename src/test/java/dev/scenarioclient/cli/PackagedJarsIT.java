package dev.scenarioclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import dev.scenarioclient.testing.OpenApiSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The jars {@code mvn package} builds: the CLI jar runs the README's first call with no credentials,
 * and the library jar carries the contract but none of the CLI.
 */
class PackagedJarsIT {
  private static final String CLI_JAR = System.getProperty("cli.jar");
  private static final String LIBRARY_JAR = System.getProperty("library.jar");
  private static final Map<String, String> NO_CREDENTIALS = Map.of("LC_ALL", "C.UTF-8");

  @Test
  void cliJarPrintsTheDocumentedExampleAsATableWithoutCredentials() throws Exception {
    CliProcess run = CliProcess.run(List.of("-jar", CLI_JAR), NO_CREDENTIALS, "list", "model_eyVcnFJcR92BxBkz7N6g5w");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).startsWith("ASSET ID  KIND  TYPE").contains("id        3d    3d-texture  custom");
    assertThat(run.err).startsWith("Replaying the documented sample from an embedded server");
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
  void libraryPomKeepsTheCheckValidatorOptional() throws Exception {
    try (JarFile jar = new JarFile(LIBRARY_JAR)) {
      String pom = new String(jar.getInputStream(
          jar.getEntry("META-INF/maven/dev.scenarioclient/scenario-model-examples-client/pom.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      org.w3c.dom.NodeList dependencies = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(pom.getBytes(StandardCharsets.UTF_8)))
          .getElementsByTagName("dependency");
      List<String> validatorDependencies = new java.util.ArrayList<>();
      for (int i = 0; i < dependencies.getLength(); i++) {
        org.w3c.dom.Element dependency = (org.w3c.dom.Element) dependencies.item(i);
        String group = dependency.getElementsByTagName("groupId").item(0).getTextContent();
        if (group.equals("com.networknt") || group.startsWith("com.fasterxml.jackson")
            && dependency.getElementsByTagName("scope").getLength() == 0) {
          org.w3c.dom.NodeList optional = dependency.getElementsByTagName("optional");
          validatorDependencies.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent() + " optional="
              + (optional.getLength() > 0 ? optional.item(0).getTextContent().trim() : "false"));
        }
      }

      assertThat(validatorDependencies).containsExactly(
          "json-schema-validator optional=true", "jackson-databind optional=true", "jackson-dataformat-yaml optional=true");
    }
  }

  @Test
  void libraryJarCarriesTheContractAndNoCliClassesOrStubs() throws Exception {
    try (JarFile jar = new JarFile(LIBRARY_JAR)) {
      List<String> entries = Collections.list(jar.entries()).stream().map(e -> e.getName()).collect(Collectors.toList());
      String contract = new String(
          jar.getInputStream(jar.getEntry("META-INF/openapi/scenario-model-examples-client/openapi.yaml")).readAllBytes(),
          StandardCharsets.UTF_8);

      assertThat(entries).noneMatch(name -> name.startsWith("dev/scenarioclient/cli/"));
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
          "dev/scenarioclient", "dev/scenarioclient/errors", "dev/scenarioclient/internal", "dev/scenarioclient/models");
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
}

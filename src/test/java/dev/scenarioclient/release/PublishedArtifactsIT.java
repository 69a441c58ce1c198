package dev.scenarioclient.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.testing.OpenApiContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a user's build downloads: the POM installed for the library (into target/local-repo by the
 * build, as {@code mvn install} would) declares the library's runtime dependencies and the project's
 * metadata and nothing else, and the SBOM lists the library's runtime closure. Expectations come
 * from pom.xml itself: its dependencies section and its profile {@code cli-dependencies}.
 */
class PublishedArtifactsIT {
  private static final String GROUP = System.getProperty("project.groupId");
  private static final String ARTIFACT = System.getProperty("project.artifactId");
  private static final String VERSION = System.getProperty("project.version");
  private static final Path INSTALLED_POM = Paths.get(System.getProperty("local.repo"),
      GROUP.replace('.', '/'), ARTIFACT, VERSION, ARTIFACT + "-" + VERSION + ".pom");

  private static final Element SOURCE = parse(OpenApiContract.projectFile("pom.xml"));
  private static final Element INSTALLED = parse(INSTALLED_POM);

  @Test
  void installedPomHasNoBuildProfilesPropertiesOrDependencyManagement() {
    assertThat(childNames(SOURCE)).as("pom.xml has them").contains("build", "profiles", "properties", "dependencyManagement");
    assertThat(childNames(INSTALLED)).as(INSTALLED_POM.toString())
        .doesNotContain("build", "profiles", "properties", "dependencyManagement", "repositories", "parent");
  }

  @Test
  void installedPomDeclaresExactlyTheLibrarysOwnNonTestDependenciesWithTheirExclusions() {
    Map<String, Element> declared = dependencies(child(SOURCE, "dependencies"));
    declared.values().removeIf(dependency -> "test".equals(text(dependency, "scope")));
    Map<String, Element> installed = dependencies(child(INSTALLED, "dependencies"));

    assertThat(installed.keySet()).isEqualTo(declared.keySet());
    assertThat(installed).allSatisfy((key, dependency) -> {
      assertThat(text(dependency, "version")).as(key + " version").doesNotContain("${").isNotEmpty();
      assertThat(exclusions(dependency)).as(key + " exclusions").isEqualTo(exclusions(declared.get(key)));
    });
  }

  @Test
  void installedPomHasNoCliOrTestDependencyAndOnlyJacksonIsOptional() {
    Set<String> cli = dependencies(child(profile(SOURCE, "cli-dependencies"), "dependencies")).keySet();
    Set<String> test = dependencies(child(SOURCE, "dependencies")).entrySet().stream()
        .filter(e -> "test".equals(text(e.getValue(), "scope")))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    Map<String, Element> installed = dependencies(child(INSTALLED, "dependencies"));

    assertThat(cli).as("the CLI's dependencies").contains("info.picocli:picocli");
    assertThat(installed.keySet()).doesNotContainAnyElementsOf(cli).doesNotContainAnyElementsOf(test);
    assertThat(installed.values()).noneMatch(dependency -> "test".equals(text(dependency, "scope")));
    assertThat(installed.entrySet().stream()
            .filter(e -> "true".equals(text(e.getValue(), "optional")))
            .map(Map.Entry::getKey))
        .containsExactly("com.fasterxml.jackson.core:jackson-databind");
    assertThat(text(installed.get("com.fasterxml.jackson.core:jackson-databind"), "scope")).isEqualTo("provided");
  }

  @Test
  void installedPomCarriesTheMetadataMavenCentralRequires() {
    Element license = child(child(INSTALLED, "licenses"), "license");
    Element scm = child(INSTALLED, "scm");

    assertThat(text(INSTALLED, "name")).isNotBlank();
    assertThat(text(INSTALLED, "description")).isNotBlank();
    assertThat(text(INSTALLED, "url")).startsWith("https://");
    assertThat(text(license, "name")).isEqualTo("Apache-2.0");
    assertThat(text(license, "url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
    assertThat(text(child(child(INSTALLED, "developers"), "developer"), "name")).isNotBlank();
    assertThat(text(scm, "url")).startsWith("https://");
    assertThat(text(scm, "connection")).startsWith("scm:git:");
    assertThat(text(scm, "developerConnection")).startsWith("scm:git:");
    assertThat(text(child(INSTALLED, "issueManagement"), "url")).startsWith("https://");
  }

  @Test
  void sbomDescribesTheLibraryAndListsItsRuntimeClosureOnly() throws Exception {
    assumeFalse("offline=true".equals(System.getProperty("maven.mode")),
        "cyclonedx-maven-plugin builds no SBOM when Maven runs offline (mvn -o)");
    Path sbomFile = Paths.get(System.getProperty("sbom.json"));
    assertThat(sbomFile).as("the SBOM").exists();
    JsonObject sbom = JsonParser.parseString(new String(Files.readAllBytes(sbomFile), "UTF-8")).getAsJsonObject();
    JsonObject library = sbom.getAsJsonObject("metadata").getAsJsonObject("component");
    List<String> components = new ArrayList<>();
    for (JsonElement component : sbom.getAsJsonArray("components")) {
      JsonObject c = component.getAsJsonObject();
      components.add(c.get("group").getAsString() + ":" + c.get("name").getAsString());
      assertThat(c.has("hashes")).as(c.get("purl") + " has hashes").isTrue();
    }
    Map<String, Element> installed = dependencies(child(INSTALLED, "dependencies"));
    Set<String> required = installed.entrySet().stream()
        .filter(e -> !"true".equals(text(e.getValue(), "optional")))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    Set<String> notShipped = new TreeSet<>(dependencies(child(profile(SOURCE, "cli-dependencies"), "dependencies")).keySet());
    notShipped.addAll(dependencies(child(SOURCE, "dependencies")).keySet());
    notShipped.removeAll(required);

    assertThat(library.get("purl").getAsString())
        .isEqualTo("pkg:maven/" + GROUP + "/" + ARTIFACT + "@" + VERSION + "?type=jar");
    assertThat(library.toString()).contains("Apache-2.0");
    assertThat(components).containsAll(required).doesNotContainAnyElementsOf(notShipped).doesNotHaveDuplicates();
  }

  private static Element parse(Path file) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element) {
        out.add((Element) node);
      }
    }
    return out;
  }

  private static Set<String> childNames(Element parent) {
    return children(parent).stream().map(Element::getTagName).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Element child(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
  }

  private static String text(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
        .map(e -> e.getTextContent().trim()).orElse("");
  }

  private static Element profile(Element pom, String id) {
    return children(child(pom, "profiles")).stream().filter(p -> text(p, "id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no profile " + id));
  }

  /** groupId:artifactId to the dependency element, in declaration order. */
  private static Map<String, Element> dependencies(Element dependencies) {
    Map<String, Element> out = new LinkedHashMap<>();
    for (Element dependency : children(dependencies)) {
      out.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), dependency);
    }
    return out;
  }

  private static Set<String> exclusions(Element dependency) {
    Set<String> out = new TreeSet<>();
    children(dependency).stream().filter(e -> e.getTagName().equals("exclusions")).findFirst().ifPresent(
        exclusions -> children(exclusions).forEach(e -> out.add(text(e, "groupId") + ":" + text(e, "artifactId"))));
    return out;
  }
}

package dev.scenarioclient.specgate;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * Says what an edit of the OpenAPI document changes for users of the client generated from it, and
 * whether it breaks them.
 *
 * <p>The verdict is openapi-diff's, with one of its checks switched off: a response enumeration
 * gaining a value ({@code incompatible.response.enum.increased}) does not break this client, whose
 * generated enumerations are open (an unknown value parses and round-trips). openapi-diff judges only
 * the wire, where a removed optional response field, a removed response enumeration value and a
 * renamed schema are harmless; each takes away a getter, constant or class that users compile
 * against, so removals are breaking as well.
 */
final class SpecChangeGate {
  /** What a comparison found: one line per change with its location, and the verdict. */
  record Result(boolean breaking, String report) {}

  private static final OpenApiDiffOptions OPTIONS =
      OpenApiDiffOptions.builder()
          .configProperty("incompatible.response.enum.increased", "false")
          .build();

  private final List<String> changes = new ArrayList<>();
  private final List<String> removals = new ArrayList<>();
  private final Map<Schema<?>, String> componentNames = new IdentityHashMap<>();

  private SpecChangeGate(ChangedOpenApi diff) {
    schemas(diff.getOldSpecOpenApi()).forEach((name, schema) -> componentNames.put(schema, name));
    schemas(diff.getNewSpecOpenApi()).forEach((name, schema) -> componentNames.put(schema, name));
  }

  static Result compare(Path released, Path current) {
    ChangedOpenApi diff =
        OpenApiCompare.fromLocations(
            released.toUri().toString(), current.toUri().toString(), null, OPTIONS);
    SpecChangeGate gate = new SpecChangeGate(diff);
    gate.operations(diff);
    gate.components(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
    boolean breaking = diff.isIncompatible() || !gate.removals.isEmpty();
    return new Result(breaking, gate.report(diff, breaking));
  }

  /** True when {@code projectVersion} starts a new major version after {@code releasedVersion}. */
  static boolean majorVersionChanged(String releasedVersion, String projectVersion) {
    return !major(releasedVersion).equals(major(projectVersion));
  }

  private static String major(String version) {
    return version.trim().split("[.-]", 2)[0];
  }

  private void operations(ChangedOpenApi diff) {
    diff.getNewEndpoints()
        .forEach(e -> changes.add(e.getMethod() + " " + e.getPathUrl() + ": operation added"));
    diff.getMissingEndpoints()
        .forEach(e -> changes.add(e.getMethod() + " " + e.getPathUrl() + ": operation removed"));
    for (ChangedOperation operation : diff.getChangedOperations()) {
      String where = operation.getHttpMethod() + " " + operation.getPathUrl();
      if (operation.getParameters() != null) {
        parameters(where, operation.getParameters());
      }
      if (operation.getApiResponses() != null) {
        responses(where, operation.getApiResponses());
      }
    }
  }

  private void parameters(String where, ChangedParameters parameters) {
    for (Parameter added : parameters.getIncreased()) {
      changes.add(where + ": " + describe(added) + " added, "
          + (Boolean.TRUE.equals(added.getRequired()) ? "required" : "optional"));
    }
    for (Parameter removed : parameters.getMissing()) {
      changes.add(where + ": " + describe(removed) + " removed");
    }
    for (ChangedParameter changed : parameters.getChanged()) {
      String parameter = where + ": " + describe(changed.getNewParameter());
      if (changed.isChangeRequired()) {
        changes.add(parameter + (Boolean.TRUE.equals(changed.getNewParameter().getRequired())
            ? " became required" : " became optional"));
      }
      if (changed.getSchema() != null) {
        schema(parameter, changed.getSchema());
      }
    }
  }

  private void responses(String where, ChangedApiResponse responses) {
    responses.getIncreased().keySet().forEach(s -> changes.add(where + " " + s + ": response added"));
    responses.getMissing().keySet().forEach(s -> changes.add(where + " " + s + ": response removed"));
    responses.getChanged().forEach((status, response) -> {
      if (response.getContent() != null) {
        response.getContent().getChanged().values().stream()
            .filter(media -> media.getSchema() != null)
            .forEach(media -> schema(where + " " + status + " $", media.getSchema()));
      }
    });
  }

  // openapi-diff reports a change to a shared schema only where it first meets it, so lines name the
  // component that changed: every other place that uses it changes too.
  private void schema(String path, ChangedSchema changed) {
    String in = componentNames.containsKey(changed.getNewSchema())
        ? " in " + componentNames.get(changed.getNewSchema()) : "";
    if (changed.isChangedType()) {
      changes.add(path + ": type changed from " + type(changed.getOldSchema())
          + " to " + type(changed.getNewSchema()));
    }
    changed.getIncreasedProperties().keySet()
        .forEach(name -> changes.add(path + "." + name + ": field added" + in));
    changed.getMissingProperties().keySet()
        .forEach(name -> remove(path + "." + name + ": field removed" + in));
    if (changed.getEnumeration() != null) {
      changed.getEnumeration().getIncreased()
          .forEach(value -> changes.add(path + ": enum value \"" + value + "\" added" + in));
      changed.getEnumeration().getMissing()
          .forEach(value -> remove(path + ": enum value \"" + value + "\" removed" + in));
    }
    if (changed.getRequired() != null) {
      changed.getRequired().getIncreased()
          .forEach(name -> changes.add(path + "." + name + ": became required" + in));
      changed.getRequired().getMissing().stream()
          .filter(name -> !changed.getMissingProperties().containsKey(name))
          .forEach(name -> changes.add(path + "." + name + ": became optional" + in));
    }
    changed.getChangedProperties().forEach((name, property) -> schema(path + "." + name, property));
    if (changed.getItems() != null) {
      schema(path + "[]", changed.getItems());
    }
    if (changed.getAddProp() != null) {
      schema(path + ".*", changed.getAddProp());
    }
  }

  private void components(OpenAPI released, OpenAPI current) {
    Set<String> before = schemas(released).keySet();
    Set<String> after = schemas(current).keySet();
    before.stream().filter(name -> !after.contains(name))
        .forEach(name -> remove("components.schemas." + name + ": schema removed"));
    after.stream().filter(name -> !before.contains(name))
        .forEach(name -> changes.add("components.schemas." + name + ": schema added"));
  }

  private void remove(String line) {
    changes.add(line);
    removals.add(line);
  }

  private String report(ChangedOpenApi diff, boolean breaking) {
    StringBuilder out = new StringBuilder();
    changes.forEach(line -> out.append(line).append('\n'));
    if (changes.isEmpty() && diff.isDifferent()) {
      out.append("No field, parameter, enum value, response or schema changed;"
          + " openapi-diff sees other edits, such as descriptions or limits.\n");
    }
    out.append("openapi-diff, with response enum additions allowed: ")
        .append(diff.isChanged().getValue().replace('_', ' ')).append('\n');
    if (!removals.isEmpty()) {
      out.append("Removals, each taking away a getter, constant or class users compile against: ")
          .append(removals.size()).append('\n');
    }
    return out.append("Verdict: ").append(breaking ? "BREAKING" : "not breaking").append('\n')
        .toString();
  }

  @SuppressWarnings("rawtypes") // swagger-models' Components.getSchemas() is raw.
  private static Map<String, Schema> schemas(OpenAPI document) {
    return document.getComponents() == null || document.getComponents().getSchemas() == null
        ? Map.of()
        : document.getComponents().getSchemas();
  }

  private static String describe(Parameter parameter) {
    return parameter.getIn() + " parameter " + parameter.getName();
  }

  private static String type(Schema<?> schema) {
    return schema == null || schema.getType() == null ? "untyped" : schema.getType();
  }
}

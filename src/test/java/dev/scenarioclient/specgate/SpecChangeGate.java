package dev.scenarioclient.specgate;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Says what an edit of the OpenAPI document changes for users of the generated client, and whether
 * it breaks them. The comparison is openapi-diff's; this class reads its result with the client's
 * rules, which differ from openapi-diff's defaults in two ways:
 *
 * <ul>
 *   <li>a response enumeration gaining a value is additive, because the generated enumerations are
 *       open (openapi-diff calls it incompatible);
 *   <li>a response enumeration losing a value, and a component schema disappearing, are breaking,
 *       because they remove a public constant or class (openapi-diff calls the first compatible and
 *       does not look at the second).
 * </ul>
 */
final class SpecChangeGate {
  /** The outcome of one comparison: every change found, and which of them break users. */
  static final class Result {
    final List<String> breaking = new ArrayList<>();
    final List<String> additive = new ArrayList<>();
    final List<String> other = new ArrayList<>();

    boolean isBreaking() {
      return !breaking.isEmpty();
    }

    String report() {
      StringBuilder out = new StringBuilder();
      section(out, "Breaking", breaking);
      section(out, "Additive", additive);
      section(out, "Other changes", other);
      return out.length() == 0 ? "No change to the contract.\n" : out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
      if (!lines.isEmpty()) {
        out.append(title).append(" (").append(lines.size()).append("):\n");
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
      }
    }
  }

  private SpecChangeGate() {}

  static Result compare(Path released, Path current) {
    ChangedOpenApi diff =
        OpenApiCompare.fromLocations(released.toUri().toString(), current.toUri().toString());
    Result result = new Result();
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      result.breaking.add(endpoint.getMethod() + " " + endpoint.getPathUrl() + ": operation removed");
    }
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      result.additive.add(endpoint.getMethod() + " " + endpoint.getPathUrl() + ": operation added");
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      String where = operation.getHttpMethod() + " " + operation.getPathUrl();
      parameters(where, operation, result);
      responses(where, operation.getApiResponses(), result);
    }
    schemaNames(diff, result);
    if (result.breaking.isEmpty() && diff.isIncompatible() && !onlyAddsResponseEnumValues(result)) {
      result.breaking.add("openapi-diff reports an incompatible change this gate does not itemise");
    }
    return result;
  }

  private static void parameters(String where, ChangedOperation operation, Result result) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter added : operation.getParameters().getIncreased()) {
      String line = where + ": " + added.getIn() + " parameter " + added.getName() + " added";
      if (Boolean.TRUE.equals(added.getRequired())) {
        result.breaking.add(line + ", required");
      } else {
        result.additive.add(line + ", optional");
      }
    }
    for (Parameter removed : operation.getParameters().getMissing()) {
      result.breaking.add(where + ": " + removed.getIn() + " parameter " + removed.getName() + " removed");
    }
    for (ChangedParameter changed : operation.getParameters().getChanged()) {
      String parameter = where + ": " + changed.getIn() + " parameter " + changed.getName();
      if (changed.isChangeRequired() && Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
        result.breaking.add(parameter + " became required");
      } else if (changed.isChangeRequired()) {
        result.additive.add(parameter + " became optional");
      }
      if (changed.getSchema() != null) {
        schema(parameter, changed.getSchema(), false, result);
      }
    }
  }

  private static void responses(String where, ChangedApiResponse responses, Result result) {
    if (responses == null) {
      return;
    }
    responses.getIncreased().keySet().forEach(status -> result.additive.add(where + " " + status + ": response added"));
    responses.getMissing().keySet().forEach(status -> result.other.add(where + " " + status + ": response removed"));
    for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
      if (response.getValue().getContent() == null) {
        continue;
      }
      for (Map.Entry<String, ChangedMediaType> media : response.getValue().getContent().getChanged().entrySet()) {
        if (media.getValue().getSchema() != null) {
          schema(where + " " + response.getKey() + " $", media.getValue().getSchema(), true, result);
        }
      }
    }
  }

  private static void schema(String path, ChangedSchema changed, boolean response, Result result) {
    if (changed.isChangedType()) {
      result.breaking.add(path + ": type changed from " + describe(changed.getOldSchema())
          + " to " + describe(changed.getNewSchema()));
    }
    changed.getIncreasedProperties().keySet().forEach(name -> result.additive.add(path + "." + name + ": field added"));
    changed.getMissingProperties().keySet().forEach(name -> result.breaking.add(path + "." + name + ": field removed"));
    if (changed.getEnumeration() != null) {
      for (Object value : changed.getEnumeration().getIncreased()) {
        (response ? result.additive : result.breaking).add(path + ": enum value \"" + value + "\" added");
      }
      for (Object value : changed.getEnumeration().getMissing()) {
        result.breaking.add(path + ": enum value \"" + value + "\" removed");
      }
    }
    if (changed.getRequired() != null) {
      changed.getRequired().getIncreased().forEach(name -> result.other.add(path + "." + name + ": now required"));
      changed.getRequired().getMissing().forEach(name -> result.other.add(path + "." + name + ": no longer required"));
    }
    if (changed.getNumericRange() != null || changed.getMaxLength() != null || changed.getMultipleOf() != null) {
      result.other.add(path + ": limits changed");
    }
    changed.getChangedProperties().forEach((name, property) -> schema(path + "." + name, property, response, result));
    if (changed.getItems() != null) {
      schema(path + "[]", changed.getItems(), response, result);
    }
    if (changed.getAddProp() != null) {
      schema(path + ".*", changed.getAddProp(), response, result);
    }
  }

  /** A generated class per component schema: one that disappears breaks code that names it. */
  private static void schemaNames(ChangedOpenApi diff, Result result) {
    TreeSet<String> before = new TreeSet<>(diff.getOldSpecOpenApi().getComponents().getSchemas().keySet());
    TreeSet<String> after = new TreeSet<>(diff.getNewSpecOpenApi().getComponents().getSchemas().keySet());
    for (String name : before) {
      if (!after.contains(name)) {
        result.breaking.add("schema " + name + " removed (its generated class disappears)");
      }
    }
    for (String name : after) {
      if (!before.contains(name)) {
        result.additive.add("schema " + name + " added");
      }
    }
  }

  private static boolean onlyAddsResponseEnumValues(Result result) {
    return result.additive.stream().anyMatch(line -> line.contains(": enum value \""));
  }

  private static String describe(Schema<?> schema) {
    return schema == null ? "none" : String.valueOf(schema.getType());
  }
}

package dev.scenarioclient.specgate;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import org.openapitools.openapidiff.core.model.DiffContext;

/**
 * Says what an edit of the OpenAPI document changes for users of the client generated from it, and
 * whether it breaks them.
 *
 * <p>The verdict is openapi-diff's, with three adjustments for this client:
 *
 * <ul>
 *   <li>A response enumeration gaining a value ({@code incompatible.response.enum.increased}) does
 *       not break it: its generated enumerations are open (an unknown value parses and round-trips).
 *   <li>Removals break it: openapi-diff judges only the wire, where a removed optional response
 *       field, a removed response enumeration value and a renamed schema are harmless; each takes
 *       away a getter, constant or class that users compile against.
 *   <li>Limits ({@code minimum}, {@code maximum}, {@code multipleOf}, {@code maxLength}) and
 *       {@code nullable} are judged by the gate, not openapi-diff (which calls every nullable change
 *       compatible and every changed {@code multipleOf} incompatible). A request limit that
 *       tightens breaks callers whose values it now rejects; a response limit never breaks: the
 *       client checks no limit on what it receives, so a value outside the old range still parses
 *       (as with open enumerations, code that relied on the old range should be reviewed). A
 *       required response field that becomes nullable breaks code that treats its getter as never
 *       null; an optional one does not, since its getter could already return null.
 * </ul>
 */
final class SpecChangeGate {
  /** What a comparison found: one line per change with its location, and the verdict. */
  record Result(boolean breaking, String report) {}

  private static final List<String> LIMITS = List.of("minimum", "maximum", "multipleOf", "maxLength");
  private static final OpenApiDiffOptions OPTIONS =
      OpenApiDiffOptions.builder()
          .configProperty("incompatible.response.enum.increased", "false")
          .build();

  private final List<String> changes = new ArrayList<>();
  private final List<String> removals = new ArrayList<>();
  private final List<String> breakingLimitsAndNulls = new ArrayList<>();
  private final Map<Schema<?>, String> componentNames = new IdentityHashMap<>();

  private SpecChangeGate(ChangedOpenApi diff) {
    schemas(diff.getOldSpecOpenApi()).forEach((name, schema) -> componentNames.put(schema, name));
    schemas(diff.getNewSpecOpenApi()).forEach((name, schema) -> componentNames.put(schema, name));
  }

  static Result compare(Path released, Path current) {
    ChangedOpenApi diff = OpenApiCompare.fromSpecifications(read(released), read(current), OPTIONS);
    ChangedOpenApi withoutLimits = OpenApiCompare.fromSpecifications(
        withoutLimitsAndNulls(read(released)), withoutLimitsAndNulls(read(current)), OPTIONS);
    SpecChangeGate gate = new SpecChangeGate(diff);
    gate.operations(diff);
    gate.components(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
    boolean breaking =
        withoutLimits.isIncompatible() || !gate.removals.isEmpty() || !gate.breakingLimitsAndNulls.isEmpty();
    return new Result(breaking, gate.report(diff, withoutLimits, breaking));
  }

  /** True when {@code projectVersion} starts a new major version after {@code releasedVersion}. */
  static boolean majorVersionChanged(String releasedVersion, String projectVersion) {
    return !major(releasedVersion).equals(major(projectVersion));
  }

  private static String major(String version) {
    return version.trim().split("[.-]", 2)[0];
  }

  /** Reads a document as openapi-diff itself does. */
  private static OpenAPI read(Path document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI openApi = new OpenAPIV3Parser().readLocation(document.toUri().toString(), null, options).getOpenAPI();
    if (openApi == null) {
      throw new IllegalArgumentException("not an OpenAPI document: " + document);
    }
    return openApi;
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
            ? " became required: BREAKING, calls written without it are now incomplete"
            : " became optional: not breaking, calls that pass it still do"));
      }
      if (changed.getSchema() != null) {
        schema(parameter, changed.getSchema(), null);
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
            .forEach(media -> schema(where + " " + status + " $", media.getSchema(), null));
      }
    });
  }

  // openapi-diff reports a change to a shared schema only where it first meets it, so lines name the
  // component that changed: every other place that uses it changes too.
  private void schema(String path, ChangedSchema changed, String owner) {
    String component = componentNames.getOrDefault(changed.getNewSchema(), owner);
    String in = component == null ? "" : " in " + component;
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
      boolean request = changed.getContext() != null && changed.getContext().isRequest();
      changed.getRequired().getIncreased().stream()
          .filter(name -> !changed.getIncreasedProperties().containsKey(name))
          .forEach(name -> changes.add(path + "." + name + ": became required" + in + (request
              ? ": BREAKING, requests without it are now invalid"
              : ": not breaking, the field is now always sent")));
      changed.getRequired().getMissing().stream()
          .filter(name -> !changed.getMissingProperties().containsKey(name))
          .forEach(name -> changes.add(path + "." + name + ": became optional" + in + (request
              ? ": not breaking, requests may still send it"
              : ": BREAKING, its getter may now return null")));
    }
    nullable(path, changed, in);
    limits(path, changed, in);
    changed.getChangedProperties().forEach((name, property) -> schema(path + "." + name, property, component));
    if (changed.getItems() != null) {
      schema(path + "[]", changed.getItems(), component);
    }
    if (changed.getAddProp() != null) {
      schema(path + ".*", changed.getAddProp(), component);
    }
  }

  private void nullable(String path, ChangedSchema changed, String in) {
    boolean before = Boolean.TRUE.equals(changed.getOldSchema().getNullable());
    boolean after = Boolean.TRUE.equals(changed.getNewSchema().getNullable());
    if (before == after) {
      return;
    }
    DiffContext context = changed.getContext();
    boolean request = context != null && context.isRequest();
    boolean required = context != null && Boolean.TRUE.equals(context.isRequired());
    if (after) {
      String line = path + ": became nullable" + in;
      if (request) {
        changes.add(line + ": not breaking, a request may still send a value");
      } else if (required) {
        breaking(line + ": BREAKING, the field is required, and code may treat its getter as never null");
      } else {
        changes.add(line + ": not breaking, the field is optional, so its getter could already return null");
      }
    } else {
      String line = path + ": stopped being nullable" + in;
      if (request) {
        breaking(line + ": BREAKING, requests that send null are now invalid");
      } else {
        changes.add(line + ": not breaking, the server sends null no longer");
      }
    }
  }

  private void limits(String path, ChangedSchema changed, String in) {
    boolean request = changed.getContext() != null && changed.getContext().isRequest();
    for (String limit : LIMITS) {
      BigDecimal before = limit(changed.getOldSchema(), limit);
      BigDecimal after = limit(changed.getNewSchema(), limit);
      if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
        continue;
      }
      Tightening tightening = tightening(limit, before, after);
      String line = path + ": " + limit + (before == null ? " " + plain(after) + " added"
          : after == null ? " " + plain(before) + " removed"
          : " changed from " + plain(before) + " to " + plain(after)) + in + " (" + tightening.words + ")";
      if (request && tightening != Tightening.LOOSENED) {
        breaking(line + ": BREAKING, values callers could send before may now be refused");
      } else if (request) {
        changes.add(line + ": not breaking, every value accepted before still is");
      } else {
        changes.add(line + ": not breaking, the client checks no limit on what it receives"
            + (tightening == Tightening.TIGHTENED ? "" : "; review code that relied on the old range"));
      }
    }
  }

  /** How a limit change moves the set of allowed values. */
  private enum Tightening {
    TIGHTENED("tightened"),
    LOOSENED("loosened"),
    BOTH("neither tighter nor looser");

    final String words;

    Tightening(String words) {
      this.words = words;
    }
  }

  private static Tightening tightening(String limit, BigDecimal before, BigDecimal after) {
    if (before == null) {
      return Tightening.TIGHTENED;
    }
    if (after == null) {
      return Tightening.LOOSENED;
    }
    switch (limit) {
      case "minimum":
        return after.compareTo(before) > 0 ? Tightening.TIGHTENED : Tightening.LOOSENED;
      case "maximum":
      case "maxLength":
        return after.compareTo(before) < 0 ? Tightening.TIGHTENED : Tightening.LOOSENED;
      default: // multipleOf: every multiple of 16 is one of 8, so 8 -> 16 tightens and 16 -> 8 loosens
        if (after.remainder(before).signum() == 0) {
          return Tightening.TIGHTENED;
        }
        return before.remainder(after).signum() == 0 ? Tightening.LOOSENED : Tightening.BOTH;
    }
  }

  private static BigDecimal limit(Schema<?> schema, String limit) {
    if (schema == null) {
      return null;
    }
    switch (limit) {
      case "minimum":
        return schema.getMinimum();
      case "maximum":
        return schema.getMaximum();
      case "multipleOf":
        return schema.getMultipleOf();
      default:
        return schema.getMaxLength() == null ? null : BigDecimal.valueOf(schema.getMaxLength());
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

  private void breaking(String line) {
    changes.add(line);
    breakingLimitsAndNulls.add(line);
  }

  private String report(ChangedOpenApi diff, ChangedOpenApi withoutLimits, boolean breaking) {
    StringBuilder out = new StringBuilder();
    changes.forEach(line -> out.append(line).append('\n'));
    if (changes.isEmpty() && diff.isDifferent()) {
      out.append("No field, parameter, enum value, limit, nullable, response or schema changed;"
          + " openapi-diff sees other edits, such as descriptions.\n");
    }
    out.append("openapi-diff, with response enum additions allowed, limits and nullable left to the gate: ")
        .append(withoutLimits.isChanged().getValue().replace('_', ' ')).append('\n');
    if (!removals.isEmpty()) {
      out.append("Removals, each taking away a getter, constant or class users compile against: ")
          .append(removals.size()).append('\n');
    }
    if (!breakingLimitsAndNulls.isEmpty()) {
      out.append("Breaking limit and nullable changes: ").append(breakingLimitsAndNulls.size()).append('\n');
    }
    return out.append("Verdict: ").append(breaking ? "BREAKING" : "not breaking").append('\n')
        .toString();
  }

  /** The document with no limit and no nullable anywhere, so that openapi-diff's verdict leaves them out. */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema maps are raw.
  private static OpenAPI withoutLimitsAndNulls(OpenAPI document) {
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    schemas(document).values().forEach(schema -> strip(schema, seen));
    if (document.getPaths() != null) {
      for (PathItem path : document.getPaths().values()) {
        for (Operation operation : path.readOperations()) {
          if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> strip(p.getSchema(), seen));
          }
          if (operation.getResponses() != null) {
            for (ApiResponse response : operation.getResponses().values()) {
              if (response.getContent() != null) {
                response.getContent().values().stream().map(MediaType::getSchema).forEach(s -> strip(s, seen));
              }
            }
          }
        }
      }
    }
    return document;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void strip(Schema schema, Set<Schema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    schema.setMinimum(null);
    schema.setMaximum(null);
    schema.setMultipleOf(null);
    schema.setMaxLength(null);
    schema.setNullable(null);
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) schema.getProperties()).values().forEach(s -> strip(s, seen));
    }
    strip(schema.getItems(), seen);
    if (schema.getAllOf() != null) {
      ((List<Schema>) schema.getAllOf()).forEach(s -> strip(s, seen));
    }
    if (schema.getAdditionalProperties() instanceof Schema) {
      strip((Schema) schema.getAdditionalProperties(), seen);
    }
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

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}

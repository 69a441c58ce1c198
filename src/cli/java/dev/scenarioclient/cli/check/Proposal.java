package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One proposed change to the contract: fields to add to a component, values to add to an
 * enumeration, or a new component for an object that a new field holds. It says where (a pointer
 * into the document), what (as OpenAPI schema trees) and how it reads as YAML in the document's
 * own style. Descriptions are {@link #DESCRIBE}: the wording is left for a person. Immutable.
 */
public final class Proposal {
  /** The description every proposed field and component carries until a person writes one. */
  public static final String DESCRIBE = "TODO(describe)";

  /** What a proposal adds. */
  public enum Kind {
    /** Properties of an existing object schema. */
    NEW_FIELDS,
    /** Values of an existing enumeration. */
    NEW_VALUES,
    /** A component under {@code components.schemas}, referenced by a proposed field. */
    NEW_COMPONENT
  }

  private final Kind kind;
  private final String component;
  private final List<Object> pointer;
  private final Map<String, JsonNode> additions;
  private final List<JsonNode> values;
  private final List<String> notes;
  private final String yaml;

  Proposal(Kind kind, String component, List<Object> pointer, Map<String, JsonNode> additions, List<JsonNode> values,
      List<String> notes, String yaml) {
    this.kind = kind;
    this.component = component;
    this.pointer = Collections.unmodifiableList(new ArrayList<>(pointer));
    this.additions = Collections.unmodifiableMap(new LinkedHashMap<>(additions));
    this.values = Collections.unmodifiableList(new ArrayList<>(values));
    this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
    this.yaml = yaml;
  }

  /** Returns what the proposal adds. */
  public Kind kind() {
    return kind;
  }

  /** Returns the component changed (or created). */
  public String component() {
    return component;
  }

  /**
   * Returns where in the document the additions go, as keys and indices from the root: the
   * {@code properties} map, the {@code enum} list or {@code components.schemas}.
   */
  public List<Object> pointer() {
    return pointer;
  }

  /** Returns the dotted form of {@link #pointer()}, e.g. {@code components.schemas.AssetProperties.properties}. */
  public String location() {
    StringBuilder out = new StringBuilder();
    for (Object key : pointer) {
      if (key instanceof Integer) {
        out.append('[').append(key).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(key);
      }
    }
    return out.toString();
  }

  /** Returns the fields (or the component) to add, name to OpenAPI schema; empty for values. */
  public Map<String, JsonNode> additions() {
    return additions;
  }

  /** Returns the enumeration values to add, as JSON values; empty for fields and components. */
  public List<JsonNode> values() {
    return values;
  }

  /** Returns what a person should know before applying it, e.g. a type left open. */
  public List<String> notes() {
    return notes;
  }

  /** Returns the YAML fragment to paste, indented as the document indents that place. */
  public String yaml() {
    return yaml;
  }
}

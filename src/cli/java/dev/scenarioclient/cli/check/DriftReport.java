package dev.scenarioclient.cli.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The result of checking one body: every departure, one per JSON path and kind, the summary by
 * schema component, the proposed changes, and notes on how the check ran. Immutable.
 */
public final class DriftReport {
  private final String subject;
  private final String contract;
  private final boolean strictMode;
  private final List<Departure> departures;
  private final List<Proposal> proposals;
  private final List<String> notes;

  DriftReport(String subject, String contract, boolean strictMode, List<Departure> departures, List<Proposal> proposals,
      List<String> notes) {
    this.subject = subject;
    this.contract = contract;
    this.strictMode = strictMode;
    this.departures = Collections.unmodifiableList(new ArrayList<>(departures));
    this.proposals = Collections.unmodifiableList(new ArrayList<>(proposals));
    this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
  }

  /** Returns what was checked, e.g. a file name, {@code standard input} or a request. */
  public String subject() {
    return subject;
  }

  /** Returns the contract the body was checked against. */
  public String contract() {
    return contract;
  }

  /** Returns whether the client's strict mode took part (only when the contract is the one its models were generated from). */
  public boolean strictMode() {
    return strictMode;
  }

  /** Returns whether the body conforms: no departure. */
  public boolean conforms() {
    return departures.isEmpty();
  }

  /** Returns the departures, ordered by JSON path. */
  public List<Departure> departures() {
    return departures;
  }

  /** Returns the proposed changes: new fields, new components, new enumeration values. */
  public List<Proposal> proposals() {
    return proposals;
  }

  /** Returns remarks on how the check ran, e.g. where strict mode stopped. */
  public List<String> notes() {
    return notes;
  }

  /** One line of the summary: a component, a kind, how many distinct fields or values, in how many places. */
  public static final class SummaryLine {
    private final String component;
    private final Departure.Kind kind;
    private final int distinct;
    private final int occurrences;

    SummaryLine(String component, Departure.Kind kind, int distinct, int occurrences) {
      this.component = component;
      this.kind = kind;
      this.distinct = distinct;
      this.occurrences = occurrences;
    }

    /** Returns the schema component. */
    public String component() {
      return component;
    }

    /** Returns the kind of departure. */
    public Departure.Kind kind() {
      return kind;
    }

    /** Returns how many distinct fields (or, for unlisted values, values) depart this way. */
    public int distinct() {
      return distinct;
    }

    /** Returns in how many places of the body. */
    public int occurrences() {
      return occurrences;
    }

    /** Returns e.g. {@code 6 new fields} or {@code 2 unlisted values (in 40 places)}. */
    public String counted() {
      return kind.count(distinct) + (occurrences != distinct ? " (in " + occurrences + " places)" : "");
    }

    @Override
    public String toString() {
      return component + ": " + counted();
    }
  }

  /** Returns the summary in words, one line per component: {@code AssetProperties: 6 new fields, 1 wrong type}. */
  public List<String> summaryByComponent() {
    Map<String, List<String>> byComponent = new LinkedHashMap<>();
    for (SummaryLine line : summary()) {
      byComponent.computeIfAbsent(line.component(), c -> new ArrayList<>()).add(line.counted());
    }
    List<String> lines = new ArrayList<>();
    byComponent.forEach((component, counts) -> lines.add(component + ": " + String.join(", ", counts)));
    return lines;
  }

  /** Returns the summary: by component (alphabetically), then by kind. */
  public List<SummaryLine> summary() {
    Map<String, Map<Departure.Kind, Set<String>>> distinct = new TreeMap<>();
    Map<String, Map<Departure.Kind, Integer>> counts = new TreeMap<>();
    for (Departure departure : departures) {
      String what = departure.kind() == Departure.Kind.UNLISTED_VALUE ? String.valueOf(departure.found()) : departure.fieldName();
      distinct.computeIfAbsent(departure.component(), c -> new TreeMap<>())
          .computeIfAbsent(departure.kind(), k -> new LinkedHashSet<>()).add(what);
      counts.computeIfAbsent(departure.component(), c -> new LinkedHashMap<>()).merge(departure.kind(), 1, Integer::sum);
    }
    List<SummaryLine> lines = new ArrayList<>();
    distinct.forEach((component, kinds) -> kinds.forEach((kind, names) -> {
      Integer occurrences = counts.getOrDefault(component, Collections.emptyMap()).get(kind);
      lines.add(new SummaryLine(component, kind, names.size(), occurrences != null ? occurrences : names.size()));
    }));
    return lines;
  }
}

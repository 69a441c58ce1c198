package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code json} format: {@code conforms}, {@code subject}, {@code contract}, {@code strictMode},
 * {@code notes}, {@code departures} (path, kind, found, expected, component, seenBy),
 * {@code summary} (component, kind, distinct, occurrences) and {@code proposals} (kind, component,
 * pointer, location, additions as OpenAPI schemas, values, notes, yaml).
 */
final class JsonFormat {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonFormat() {}

  static String render(DriftReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("conforms", report.conforms());
    root.put("subject", report.subject());
    root.put("contract", report.contract());
    root.put("strictMode", report.strictMode());
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    ArrayNode departures = root.putArray("departures");
    for (Departure departure : report.departures()) {
      ObjectNode item = departures.addObject();
      item.put("path", departure.path());
      item.put("kind", departure.kind().name());
      item.put("found", departure.found());
      item.put("expected", departure.expected());
      item.put("component", departure.component());
      ArrayNode seenBy = item.putArray("seenBy");
      departure.sources().forEach(source -> seenBy.add(source.name()));
    }
    ArrayNode summary = root.putArray("summary");
    for (DriftReport.SummaryLine line : report.summary()) {
      summary.addObject().put("component", line.component()).put("kind", line.kind().name())
          .put("distinct", line.distinct()).put("occurrences", line.occurrences());
    }
    ArrayNode proposals = root.putArray("proposals");
    for (Proposal proposal : report.proposals()) {
      ObjectNode item = proposals.addObject();
      item.put("kind", proposal.kind().name());
      item.put("component", proposal.component());
      ArrayNode pointer = item.putArray("pointer");
      proposal.pointer().forEach(key -> {
        if (key instanceof Integer) {
          pointer.add((Integer) key);
        } else {
          pointer.add(String.valueOf(key));
        }
      });
      item.put("location", proposal.location());
      ObjectNode additions = item.putObject("additions");
      proposal.additions().forEach(additions::set);
      ArrayNode values = item.putArray("values");
      proposal.values().forEach(values::add);
      ArrayNode proposalNotes = item.putArray("notes");
      proposal.notes().forEach(proposalNotes::add);
      item.put("yaml", proposal.yaml());
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }
}

package dev.scenarioclient.cli.check;

import java.util.List;

/**
 * The {@code markdown} format, for a pull-request comment: the verdict, a summary table by
 * component, the departures as a table (the first {@value #MAX_ROWS}; the other formats list them
 * all), and each proposal as a YAML block.
 */
final class MarkdownFormat {
  static final int MAX_ROWS = 500;

  private MarkdownFormat() {}

  static String render(DriftReport report) {
    StringBuilder out = new StringBuilder("## Contract drift check\n\n");
    out.append("Checked ").append(cell(report.subject())).append(" against ").append(cell(report.contract())).append(": ");
    List<Departure> departures = report.departures();
    out.append(report.conforms() ? "**conforms**, no departure.\n" : "**" + departures.size() + " departure"
        + (departures.size() == 1 ? "" : "s") + "**.\n");
    for (String note : report.notes()) {
      out.append("\n> ").append(cell(note)).append('\n');
    }
    if (report.conforms()) {
      return out.toString();
    }
    out.append("\n### Summary\n\n| Component | Departures |\n|---|---|\n");
    report.summaryByComponent().forEach(line -> {
      int colon = line.indexOf(": ");
      out.append("| ").append(line, 0, colon).append(" | ").append(line.substring(colon + 2)).append(" |\n");
    });
    out.append("\n### Departures\n\n| JSON path | Departure | Found | Expected | Component |\n|---|---|---|---|---|\n");
    int rows = Math.min(MAX_ROWS, departures.size());
    for (Departure departure : departures.subList(0, rows)) {
      out.append("| `").append(code(departure.path())).append("` | ").append(departure.kind().words()).append(" | ")
          .append(departure.found() != null ? "`" + code(departure.found()) + "`" : "").append(" | ").append(cell(departure.expected())).append(" | ")
          .append(departure.component()).append(" |\n");
    }
    if (rows < departures.size()) {
      out.append("\n… and ").append(departures.size() - rows).append(" more; `--format text` or `json` lists them all.\n");
    }
    if (!report.proposals().isEmpty()) {
      out.append("\n### Proposed additions to `openapi/openapi.yaml`\n\nEach description is `").append(Proposal.DESCRIBE)
          .append("`: a person writes it.\n");
      for (Proposal proposal : report.proposals()) {
        out.append("\n").append(TextFormat.heading(proposal).replace(proposal.location(), "`" + proposal.location() + "`"))
            .append("\n\n```yaml\n").append(proposal.yaml()).append("```\n");
      }
    }
    return out.toString();
  }

  private static String cell(@org.jspecify.annotations.Nullable String text) {
    return text == null ? "" : Printable.safe(text).replace("|", "\\|").replace("<", "&lt;");
  }

  private static String code(@org.jspecify.annotations.Nullable String text) {
    return text == null ? "" : Printable.safe(text).replace("|", "\\|").replace("`", "'");
  }
}

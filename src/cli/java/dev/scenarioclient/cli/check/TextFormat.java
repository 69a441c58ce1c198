package dev.scenarioclient.cli.check;

/** The {@code text} format: a heading, one line per departure, the summary, the proposals. */
final class TextFormat {
  private TextFormat() {}

  static String render(DriftReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Checked ").append(Printable.safe(report.subject())).append(" against ").append(Printable.safe(report.contract()))
        .append(": ");
    if (report.conforms()) {
      out.append("conforms, no departure.\n");
    } else {
      int n = report.departures().size();
      out.append(n).append(n == 1 ? " departure.\n" : " departures.\n");
    }
    for (String note : report.notes()) {
      out.append("Note: ").append(note).append('\n');
    }
    if (report.conforms()) {
      return out.toString();
    }
    out.append('\n');
    report.departures().forEach(departure -> out.append(departure).append('\n'));
    out.append("\nSummary by component:\n");
    report.summaryByComponent().forEach(line -> out.append("  ").append(line).append('\n'));
    if (!report.proposals().isEmpty()) {
      out.append("\nProposed additions to the contract (each description is \"").append(Proposal.DESCRIBE)
          .append("\", for a person to write):\n");
      for (Proposal proposal : report.proposals()) {
        out.append("\n# ").append(heading(proposal)).append('\n').append(proposal.yaml());
      }
    }
    return out.toString();
  }

  static String heading(Proposal proposal) {
    switch (proposal.kind()) {
      case NEW_VALUES:
        return "under " + proposal.location() + ", in the list's order:";
      case NEW_COMPONENT:
        return "new component under " + proposal.location() + ":";
      default:
        return "under " + proposal.location() + ":";
    }
  }
}

package dev.scenarioclient.cli.check;

import java.util.Locale;

/** The formats {@code check --format} writes a {@link DriftReport} in. */
public enum ReportFormat {
  /** One line per departure, then the summary and the proposals: for a terminal. The default. */
  TEXT {
    @Override
    public String render(DriftReport report) {
      return TextFormat.render(report);
    }
  },
  /** A summary table, the departures and the proposals as YAML blocks: for a pull-request comment. */
  MARKDOWN {
    @Override
    public String render(DriftReport report) {
      return MarkdownFormat.render(report);
    }
  },
  /** Everything as one JSON object: for scripts. */
  JSON {
    @Override
    public String render(DriftReport report) {
      return JsonFormat.render(report);
    }
  },
  /** JUnit XML, one test case per departure: for CI dashboards. */
  JUNIT {
    @Override
    public String render(DriftReport report) {
      return JunitFormat.render(report);
    }
  };

  /** Renders a report in this format. */
  public abstract String render(DriftReport report);

  /** The file name extension of this format, e.g. {@code md}. */
  public String extension() {
    switch (this) {
      case MARKDOWN:
        return "md";
      case JSON:
        return "json";
      case JUNIT:
        return "xml";
      default:
        return "txt";
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

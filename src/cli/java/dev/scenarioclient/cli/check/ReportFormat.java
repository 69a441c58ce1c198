package dev.scenarioclient.cli.check;

import java.util.Locale;
import java.util.function.Function;

/** The formats {@code check --format} writes a {@link DriftReport} in. */
public enum ReportFormat {
  /** One line per departure, then the summary and the proposals: for a terminal. The default. */
  TEXT(TextFormat::render, "txt"),
  /** A summary table, the departures and the proposals as YAML blocks: for a pull-request comment. */
  MARKDOWN(MarkdownFormat::render, "md"),
  /** Everything as one JSON object: for scripts. */
  JSON(JsonFormat::render, "json"),
  /** JUnit XML, one test case per departure: for CI dashboards. */
  JUNIT(JunitFormat::render, "xml");

  private final Function<DriftReport, String> renderer;
  private final String extension;

  ReportFormat(Function<DriftReport, String> renderer, String extension) {
    this.renderer = renderer;
    this.extension = extension;
  }

  /** Renders a report in this format. */
  public String render(DriftReport report) {
    return renderer.apply(report);
  }

  /** The file name extension of this format, e.g. {@code md}. */
  public String extension() {
    return extension;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

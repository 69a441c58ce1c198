package dev.scenarioclient.cli;

import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.models.Asset;
import dev.scenarioclient.models.AssetMetadata;
import dev.scenarioclient.models.Example;
import dev.scenarioclient.models.InferenceParameters;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Renders examples as a fixed-width table whose last column, the prompt, is cut to fit. Every cell
 * is escaped by {@link TerminalText}, so that a value cannot break a row or drive the terminal.
 */
final class ExamplesTable {
  private static final String[] HEADER = {"ASSET ID", "KIND", "TYPE", "MODEL TYPE", "STATUS", "CREATED", "PROMPT"};
  private static final int DEFAULT_WIDTH = 120;
  private static final int MIN_PROMPT = 10;

  private ExamplesTable() {}

  static int terminalWidth(Map<String, String> env) {
    try {
      int columns = Integer.parseInt(env.getOrDefault("COLUMNS", ""));
      return columns > 0 ? columns : DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  static String render(ListModelExamplesResponse response, int width) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    List<Example> examples = response.getExamples();
    for (Example example : examples) {
      rows.add(row(example));
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    int used = 0;
    for (int i = 0; i < widths.length - 1; i++) {
      used += widths[i] + 2;
    }
    int promptWidth = Math.max(MIN_PROMPT, width - used);
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length - 1; i++) {
        line.append(pad(row[i], widths[i])).append("  ");
      }
      line.append(shorten(row[row.length - 1], promptWidth));
      out.append(line.toString().replaceAll("\\s+$", "")).append('\n');
    }
    if (examples.isEmpty()) {
      out.append("(no examples)\n");
    }
    return out.toString();
  }

  private static String[] row(Example example) {
    Asset asset = present(example::getAsset);
    AssetMetadata metadata = asset != null ? present(asset::getMetadata) : null;
    InferenceParameters parameters = example.getInferenceParameters();
    String prompt = parameters != null ? present(parameters::getPrompt) : null;
    if (prompt == null && metadata != null) {
      prompt = metadata.getPrompt();
    }
    return new String[] {
      text(asset != null ? present(asset::getId) : null),
      text(asset != null ? present(asset::getKind) : null),
      text(metadata != null ? present(metadata::getType) : null),
      text(metadata != null ? metadata.getModelType() : null),
      text(asset != null ? present(asset::getStatus) : null),
      text(asset != null ? present(asset::getCreatedAt) : null),
      TerminalText.text(prompt == null ? "-" : prompt.replaceAll("\\s+", " "))
    };
  }

  /** A required field the response left out shows as missing, like an absent optional one. */
  private static <T> @Nullable T present(Supplier<T> getter) {
    try {
      return getter.get();
    } catch (ScenarioContractViolationException missing) {
      return null;
    }
  }

  /** A cell: whatever the server sent, escaped (see {@link TerminalText}). */
  private static String text(@Nullable Object value) {
    return value == null ? "-" : TerminalText.text(value.toString());
  }

  private static String pad(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    while (out.length() < width) {
      out.append(' ');
    }
    return out.toString();
  }

  static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, Math.max(0, width - 3)) + "...";
  }
}

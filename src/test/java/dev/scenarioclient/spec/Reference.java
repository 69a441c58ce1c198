package dev.scenarioclient.spec;

import dev.scenarioclient.testing.OpenApiContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A vendor reference for the list-examples endpoint, read from either form the vendor publishes:
 * the API reference web page (as text) or the SDK reference (Markdown).
 *
 * @param source where it was read from, for messages
 * @param parameters the request parameters, path then query, in the reference's order
 * @param response the response body's root fields
 * @param sample the documented sample response, exactly as the reference gives it (a JSON text
 *     ending with a newline), or null when it gives none
 */
record Reference(
    String source, Form form, List<ReferenceField> parameters, List<ReferenceField> response, String sample) {

  /** The two published forms. */
  enum Form {
    WEB_PAGE,
    SDK_MARKDOWN
  }

  Reference {
    parameters = List.copyOf(parameters);
    response = List.copyOf(response);
  }

  /** Reads a reference file of either form, telling them apart by their content. */
  static Reference read(Path file) {
    return parse(file.toString(), OpenApiContract.read(file));
  }

  static Reference parse(String source, String text) {
    String normalised = text.replace("\r\n", "\n");
    if (normalised.startsWith("## ") || normalised.contains("\n### Parameters\n")) {
      return SdkMarkdownReference.parse(source, normalised);
    }
    if (normalised.contains("\nPath Parameters") && normalised.contains("\nReturns")) {
      return ReferencePage.parse(source, normalised);
    }
    throw new UnreadableReferenceException(source, 0,
        "neither an SDK Markdown reference (## title, ### Parameters) nor an API reference page"
            + " (Path Parameters, Returns)");
  }

  /**
   * Whether this form documents numeric and length limits. The web page does; the SDK Markdown
   * does not, so its silence about a limit says nothing.
   */
  boolean documentsLimits() {
    return form == Form.WEB_PAGE;
  }

  /** Every parameter and response field, depth first. */
  List<ReferenceField> allFields() {
    List<ReferenceField> all = new ArrayList<>(ReferenceField.flatten(parameters));
    all.addAll(ReferenceField.flatten(response));
    return all;
  }
}

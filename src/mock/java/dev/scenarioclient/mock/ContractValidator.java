package dev.scenarioclient.mock;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.scenarioclient.internal.ControlCharacters;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The contract ({@code openapi.yaml}) as a validator of HTTP exchanges: what a request must be to be
 * one the API accepts, and what a response must be to be one the API may send. The mock server
 * answers a request with its violations instead of a stub, and logs the violations of every
 * response it serves; the contract tests fail on them.
 *
 * <p>Requests are checked for their method and path (including the path's percent-encoding),
 * their query parameters and the parameters' types, their {@code Accept} header and their
 * credentials (HTTP Basic with a well-formed {@code key:secret}, or a Bearer token). Responses are
 * checked for their status, headers, content type and body schema; a field the document does not
 * define counts as a violation (drift), although the client keeps such fields.
 *
 * <p>Built on <a href="https://bitbucket.org/atlassian/swagger-request-validator">swagger-request-validator</a>.
 * Immutable and thread-safe; loading a document takes a moment, so share an instance.
 */
public final class ContractValidator {
  /** Where the library jar carries the contract it was generated from. */
  static final String BUNDLED_DOCUMENT = "META-INF/openapi/scenario-model-examples-client/openapi.yaml";

  private static final String MISSING_PATH = "validation.request.path.missing";

  private final OpenApiInteractionValidator validator;

  private ContractValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /** The contract carried by the library jar on the class path: the one the client was generated from. */
  public static ContractValidator bundled() {
    return Bundled.INSTANCE;
  }

  /** The contract in an OpenAPI document file, for example a checkout's {@code openapi/openapi.yaml}. */
  public static ContractValidator forDocument(Path document) {
    try {
      return fromText(new String(Files.readAllBytes(document), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document " + document, e);
    }
  }

  private static ContractValidator fromText(String document) {
    return new ContractValidator(
        OpenApiInteractionValidator.createForInlineApiSpecification(document)
            .withResolveCombinators(true)
            .withStrictOperationPathMatching()
            .withLevelResolver(
                LevelResolver.create()
                    .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                    .build())
            .build());
  }

  /**
   * Validates a request against the contract.
   *
   * @param method the HTTP method, for example {@code GET}
   * @param rawPath the path as sent on the wire, still percent-encoded, base path included
   *     (for example {@code /v1/models/a%2Fb/examples})
   * @param rawQuery the query as sent, without {@code ?}, or null when there is none
   * @param headers the request headers, names in any case
   * @return one line per violation, each naming what is wrong; empty when the request conforms
   */
  public List<String> requestViolations(
      String method, String rawPath, @Nullable String rawQuery, Map<String, List<String>> headers) {
    return checkRequest(method, rawPath, rawQuery, headers).violations;
  }

  /**
   * Validates a response against the contract.
   *
   * @param method the method of the request it answers
   * @param rawPath the request path, percent-encoded, base path included
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, or null or empty when there is none
   * @return one line per violation, {@code "<json path>: <problem>"}; empty when the response conforms
   */
  public List<String> responseViolations(
      String method, String rawPath, int status, Map<String, List<String>> headers, @Nullable String body) {
    return responseViolations(method, rawPath, status, headers, body, true);
  }

  /**
   * Validates a response's status and headers against the contract, and its body only if asked: for
   * a caller that checks the body another way (the CLI's {@code check} engine).
   */
  public List<String> responseViolations(String method, String rawPath, int status,
      Map<String, List<String>> headers, @Nullable String body, boolean includeBody) {
    SimpleResponse.Builder response = new SimpleResponse.Builder(status);
    headers.forEach(response::withHeader);
    if (body != null && !body.isEmpty()) {
      response.withBody(body);
    }
    ValidationReport report =
        validator.validateResponse(rawPath, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
    List<String> violations = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR
          && (includeBody || !message.getKey().startsWith("validation.response.body"))) {
        violations.add(jsonPath(message) + ": " + withoutPathPrefix(message.getMessage()));
      }
    }
    return violations;
  }

  /** The verdict on one request: its violations, and whether its path is unknown to the contract. */
  static final class RequestVerdict {
    final List<String> violations;
    final boolean unknownPath;
    /** The query parameters, decoded. */
    final Map<String, List<String>> query;

    RequestVerdict(List<String> violations, boolean unknownPath, Map<String, List<String>> query) {
      this.violations = List.copyOf(violations);
      this.unknownPath = unknownPath;
      this.query = query;
    }

    /** The verdict when validation is off: no violations, the query parsed as well as it can be. */
    static RequestVerdict unchecked(@Nullable String rawQuery) {
      return new RequestVerdict(List.of(), false, parseQuery(rawQuery, new ArrayList<>()));
    }
  }

  RequestVerdict checkRequest(
      String method, String rawPath, @Nullable String rawQuery, Map<String, List<String>> headers) {
    List<String> violations = new ArrayList<>();
    percentEncodingViolations(rawPath, violations);
    Map<String, List<String>> query = parseQuery(rawQuery, violations);
    SimpleRequest.Builder request = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), rawPath);
    headers.forEach((name, values) -> request.withHeader(name, values));
    query.forEach((name, values) -> request.withQueryParam(name, values));
    ValidationReport report = validator.validateRequest(request.build());
    boolean unknownPath = false;
    boolean securityRejected = false;
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      String key = message.getKey();
      if (key.equals(MISSING_PATH)) {
        unknownPath = true;
        violations.add("path: " + method + " " + rawPath + " matches no operation of the contract");
      } else if (key.startsWith("validation.request.security")) {
        securityRejected = true;
        violations.add(credentialsProblem(headers));
      } else {
        violations.add(describe(message, query));
      }
    }
    if (!unknownPath && !securityRejected) {
      String basic = malformedBasic(headers);
      if (basic != null) {
        violations.add(basic);
      }
    }
    return new RequestVerdict(violations, unknownPath, query);
  }

  // ---- requests ----

  /** RFC 3986: a path may hold unreserved characters, sub-delimiters, ':', '@', '/' and %XX escapes. */
  private static void percentEncodingViolations(String rawPath, List<String> violations) {
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%') {
        if (i + 2 >= rawPath.length() || hex(rawPath.charAt(i + 1)) < 0 || hex(rawPath.charAt(i + 2)) < 0) {
          violations.add("path: '" + ControlCharacters.escape(rawPath.substring(i, Math.min(rawPath.length(), i + 3)))
              + "' at offset " + i + " is not a valid percent-encoding (RFC 3986: '%' and two hex digits)");
          return;
        }
        i += 2;
      } else if (!isPathCharacter(c)) {
        violations.add("path: '" + ControlCharacters.escape(String.valueOf(c)) + "' at offset " + i
            + " must be percent-encoded (RFC 3986)");
        return;
      }
    }
    for (String segment : rawPath.split("/", -1)) {
      String decoded = decode(segment);
      if (decoded == null) {
        violations.add("path: segment '" + ControlCharacters.escape(segment) + "' does not decode to UTF-8 text");
        return;
      }
      if (!segment.equals(decoded) && (decoded.equals(".") || decoded.equals(".."))) {
        violations.add("path: segment '" + segment + "' decodes to '" + decoded
            + "', which servers may treat as path navigation rather than an id");
        return;
      }
    }
  }

  private static boolean isPathCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  private static Map<String, List<String>> parseQuery(@Nullable String rawQuery, List<String> violations) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
      String name = decode(rawName.replace('+', ' '));
      String value = decode(rawValue.replace('+', ' '));
      if (name == null || value == null) {
        violations.add("query: '" + ControlCharacters.escape(pair) + "' is not valid percent-encoded UTF-8");
        continue;
      }
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static final java.util.regex.Pattern UNEXPECTED_QUERY = java.util.regex.Pattern.compile("Query parameter '([^']*)'");

  private static String describe(ValidationReport.Message message, Map<String, List<String>> query) {
    if (message.getKey().equals("validation.request.parameter.query.unexpected")) {
      java.util.regex.Matcher name = UNEXPECTED_QUERY.matcher(message.getMessage());
      if (name.find()) {
        return "query parameter '" + ControlCharacters.escape(name.group(1)) + "' is not defined by the contract";
      }
    }
    Optional<Parameter> parameter = message.getContext().flatMap(ValidationReport.MessageContext::getParameter);
    if (parameter.isPresent()) {
      Parameter p = parameter.get();
      String where = p.getIn() + " parameter '" + p.getName() + "': ";
      Schema<?> schema = p.getSchema();
      if (message.getKey().endsWith("invalidJson") && schema != null && schema.getType() != null) {
        List<String> values = query.getOrDefault(p.getName(), List.of());
        String value = values.isEmpty() ? "" : values.get(0);
        return where + "'" + ControlCharacters.escape(value) + "' is not a " + schema.getType();
      }
      return where + ControlCharacters.escape(withoutPathPrefix(message.getMessage()));
    }
    return ControlCharacters.escape(withoutPathPrefix(message.getMessage()));
  }

  private static String credentialsProblem(Map<String, List<String>> headers) {
    List<String> values = header(headers, "Authorization");
    if (values.isEmpty()) {
      return "credentials: none sent; the contract requires HTTP Basic (API key and secret) or a Bearer token"
          + " in the Authorization header";
    }
    if (values.size() > 1) {
      return "credentials: " + values.size() + " Authorization headers sent; send exactly one";
    }
    String value = values.get(0).trim();
    int space = value.indexOf(' ');
    String scheme = space < 0 ? value : value.substring(0, space);
    if (scheme.equalsIgnoreCase("Basic") || scheme.equalsIgnoreCase("Bearer")) {
      return "credentials: the " + scheme + " Authorization header carries no credentials";
    }
    // Never echo the value: without a scheme it may be the secret itself.
    return "credentials: the Authorization header's scheme is neither Basic nor Bearer";
  }

  /** The validator accepts any text after "Basic "; the API needs Base64 of "key:secret". */
  private static @Nullable String malformedBasic(Map<String, List<String>> headers) {
    List<String> values = header(headers, "Authorization");
    if (values.size() != 1) {
      return values.isEmpty() ? null : "credentials: " + values.size() + " Authorization headers sent; send exactly one";
    }
    String value = values.get(0).trim();
    if (!value.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String token = value.substring(6).trim();
    String decoded;
    try {
      decoded = decodeUtf8(Base64.getDecoder().decode(token));
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return "credentials: the Basic Authorization value is not Base64 of UTF-8 'key:secret'";
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.length() - 1) {
      return "credentials: the Basic Authorization value does not decode to 'key:secret' with both parts non-empty";
    }
    return null;
  }

  private static List<String> header(Map<String, List<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    headers.forEach((key, list) -> {
      if (key.equalsIgnoreCase(name)) {
        values.addAll(list);
      }
    });
    return values;
  }

  // ---- responses ----

  private static String jsonPath(ValidationReport.Message message) {
    return message
        .getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(pointers -> toJsonPath(pointers.getInstance()))
        .orElse("$");
  }

  /** Converts a JSON pointer such as {@code /examples/0/asset} to {@code $.examples[0].asset}. */
  static String toJsonPath(String pointer) {
    StringBuilder path = new StringBuilder("$");
    for (String token : pointer.split("/", -1)) {
      if (token.isEmpty()) {
        continue;
      }
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        path.append('.').append(name);
      }
    }
    return path.toString();
  }

  private static String withoutPathPrefix(String message) {
    return message.replaceFirst("^\\[Path '[^']*'] ", "");
  }

  // ---- text ----

  /** Percent-decodes UTF-8, or returns null when the escapes are invalid or the bytes are not UTF-8. */
  static @Nullable String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
          return null;
        }
        bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
        i += 2;
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    byte[] array = new byte[bytes.remaining()];
    bytes.get(array);
    try {
      return decodeUtf8(array);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  /** Loaded on first use: parsing the document takes a moment. */
  private static final class Bundled {
    static final ContractValidator INSTANCE = load();

    private static ContractValidator load() {
      ClassLoader loader = ContractValidator.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(BUNDLED_DOCUMENT)) {
        if (in == null) {
          throw new IllegalStateException(
              BUNDLED_DOCUMENT + " is not on the class path; add the scenario-model-examples-client jar");
        }
        return fromText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUNDLED_DOCUMENT, e);
      }
    }
  }
}

package dev.scenarioclient;

import java.util.List;
import java.util.Map;

/**
 * The query parameters and headers a call adds beyond those the document declares, carried to
 * {@link HeadersInterceptor} as the request's tag.
 */
final class RequestExtras {
  final Map<String, List<String>> queryParams;
  final Map<String, List<String>> headers;

  RequestExtras(Map<String, List<String>> queryParams, Map<String, List<String>> headers) {
    this.queryParams = queryParams;
    this.headers = headers;
  }

  boolean isEmpty() {
    return queryParams.isEmpty() && headers.isEmpty();
  }
}

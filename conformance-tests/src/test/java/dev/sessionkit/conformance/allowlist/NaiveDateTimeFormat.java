package dev.sessionkit.conformance.allowlist;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.Format;

/**
 * {@code format: date-time} for one document: RFC 3339 as the validator checks it, and besides that only what
 * {@link DocumentFault#AGENTSCOPE_NAIVE_DATE_TIME} excuses. Applied inside the validation, not to its errors
 * afterwards: a naive time inside an {@code anyOf} branch must make the branch match, or the {@code anyOf}
 * fails for a reason the allow-list already accepts.
 */
public final class NaiveDateTimeFormat implements Format {
  private final DateTimeFormat rfc3339 = new DateTimeFormat();
  private final String document;

  /**
   * The format for a document.
   *
   * @param document the document's path under vendor-data
   */
  public NaiveDateTimeFormat(String document) {
    this.document = document;
  }

  @Override
  public String getName() {
    return rfc3339.getName();
  }

  @Override
  public String getMessageKey() {
    return rfc3339.getMessageKey();
  }

  @Override
  public boolean matches(ExecutionContext context, String value) {
    return rfc3339.matches(context, value) || DocumentFault.excusesDateTime(document, value);
  }
}

package dev.sessionkit.conformance.vendordata;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the whole suite where {@code ../shared/vendor-data} is absent (a user's clone has only the project),
 * and says so in one line, once: the suite judges the SDK by the vendors' own documents, and without them
 * there is nothing to judge by. Registered for every test by JUnit's extension auto-detection
 * ({@code junit-platform.properties}), so no test class can forget it.
 */
public final class VendorDataCondition implements ExecutionCondition {
  private static final AtomicBoolean SAID = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (VendorData.present().isPresent()) {
      return ConditionEvaluationResult.enabled("vendor-data at " + VendorData.folder());
    }
    String line = "conformance-tests skipped: no vendor documents at " + VendorData.folder()
        + " (../shared/vendor-data beside the project; set -D" + VendorData.PROPERTY + "=<folder> to point elsewhere)";
    if (SAID.compareAndSet(false, true)) {
      System.out.println(line);
    }
    return ConditionEvaluationResult.disabled(line);
  }
}

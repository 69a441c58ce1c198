package dev.scenarioclient.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The contract checks against a real server, when one is configured (see {@link LiveTarget});
 * otherwise JUnit reports it disabled, saying how to enable it.
 */
class ListModelExamplesLiveContractTest {
  static boolean liveTargetConfigured() {
    return LiveTarget.fromSystem().isPresent();
  }

  @Test
  @EnabledIf(value = "liveTargetConfigured", disabledReason = LiveTarget.HOW_TO_ENABLE)
  void liveServerHonoursTheContract() {
    LiveContractChecks.run(LiveTarget.fromSystem().orElseThrow());
  }
}

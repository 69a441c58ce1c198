package dev.scenarioclient.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract checks against a real server, when one is configured (see {@link LiveTarget});
 * otherwise skipped, saying how to enable it.
 */
class ListModelExamplesLiveContractTest {
  @Test
  void liveServerHonoursTheContract() {
    Optional<LiveTarget> target = LiveTarget.fromSystem();
    assumeTrue(target.isPresent(), LiveTarget.HOW_TO_ENABLE);

    LiveContractChecks.run(target.get());
  }
}

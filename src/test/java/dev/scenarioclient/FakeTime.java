package dev.scenarioclient;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A clock and a sleeper for retry tests: sleeping records the delay and advances the clock at once. */
public final class FakeTime implements RetryInterceptor.Sleeper {
  private final List<Long> sleeps = new ArrayList<>();
  private long nowMillis = 1_700_000_000_000L;

  @Override
  public synchronized void sleep(long millis, BooleanSupplier stop) {
    sleeps.add(millis);
    nowMillis += millis;
  }

  synchronized long nowMillis() {
    return nowMillis;
  }

  public synchronized List<Long> sleeps() {
    return new ArrayList<>(sleeps);
  }

  /** Wires this clock and sleeper, and jitter that always takes off the given fraction of 25%. */
  public ScenarioClient.Builder install(ScenarioClient.Builder builder, double jitter) {
    builder.sleeper = this;
    builder.clockMillis = this::nowMillis;
    builder.random = () -> jitter;
    return builder;
  }
}

package dev.scenarioclient.hostile;

import dev.scenarioclient.ScenarioClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link SmallHeapTest} in a JVM of its own, with a small heap: makes one call and prints
 * what happened, one {@code key=value} line each: the outcome, the root cause, the time the call took
 * (from the built client to its outcome), the peak heap use (the sum of each heap pool's peak, an
 * upper bound that counts garbage) and any exception that killed a thread.
 *
 * <p>Arguments: {@code sync} or {@code async}, the base URL, and {@code default} or a
 * {@code maxResponseSize} in bytes.
 */
public final class SmallHeapProbe {
  private SmallHeapProbe() {}

  public static void main(String[] args) throws Exception {
    List<String> uncaught = new CopyOnWriteArrayList<>();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(thread.getName() + ": " + e));
    ScenarioClient.Builder builder = ScenarioClient.builder().baseUrl(args[1]).apiKey("key_1234")
        .apiSecret("secret_5678").maxRetries(2);
    if (!args[2].equals("default")) {
      builder.maxResponseSize(Long.parseLong(args[2]));
    }
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans();
    heap.removeIf(pool -> pool.getType() != MemoryType.HEAP);
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    Throwable outcome = null;
    ScenarioClient built = builder.build();
    long start = System.nanoTime();
    try (ScenarioClient client = built) {
      if (args[0].equals("async")) {
        client.models().listExamplesAsync("model_1").get(60, TimeUnit.SECONDS);
      } else {
        client.models().listExamples("model_1");
      }
    } catch (ExecutionException e) {
      outcome = e.getCause();
    } catch (Throwable e) {
      outcome = e;
    }
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    Thread.sleep(200); // let a dying dispatcher thread report
    System.out.println("outcome=" + (outcome == null ? "success" : outcome.getClass().getName() + ": " + outcome.getMessage()));
    Throwable root = outcome;
    while (root != null && root.getCause() != null) {
      root = root.getCause();
    }
    System.out.println("rootCause=" + (root == null ? "none" : root.getClass().getName()));
    System.out.println("elapsedMillis=" + elapsedMillis);
    System.out.println("peakHeapBytes=" + peak);
    System.out.println("maxHeapBytes=" + Runtime.getRuntime().maxMemory());
    System.out.println("uncaught=" + uncaught);
  }
}

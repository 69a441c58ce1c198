package dev.scenarioclient;

import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;

/**
 * Closes connections that calls release after their client was closed. {@link
 * ConnectionPool#evictAll()} closes only idle connections: one busy when the client is closed goes
 * back to the pool when its call ends, and would stay open until the pool's keep-alive ran out.
 * Installed only on HTTP clients the {@link ScenarioClient} created.
 */
final class CloseListener extends EventListener {
  private final ConnectionPool pool;
  private final BooleanSupplier closed;

  CloseListener(ConnectionPool pool, BooleanSupplier closed) {
    this.pool = pool;
    this.closed = closed;
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    if (closed.getAsBoolean()) {
      pool.evictAll();
    }
  }
}

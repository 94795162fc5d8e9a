package dev.chorus.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a loop over {@code 0..n-1} on a few threads, handing out chunks of indexes. Each worker gets
 * its own state from a supplier (scratch arrays). Results must be written by index, so that they do
 * not depend on which thread did what. Stateless and thread-safe.
 */
final class Parallel {

  private static final int CHUNK = 64;

  private Parallel() {}

  /** One worker's loop body: its own {@code state}, and the index to process. */
  @FunctionalInterface
  interface Body<S> {
    void run(S state, int index);
  }

  /**
   * Calls {@code body} once for every index in {@code [0, n)} on {@code threads} threads (the
   * calling thread alone when 1), and returns when all are done.
   *
   * @throws RuntimeException the first failure of a body, after the other workers have stopped
   */
  static <S> void forEach(int n, int threads, Supplier<S> state, Body<S> body) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    int workers = (int) Math.min(threads, (n + (long) CHUNK - 1) / CHUNK);
    if (workers <= 1) {
      S own = state.get();
      for (int i = 0; i < n; i++) {
        body.run(own, i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            runnable -> {
              Thread thread = new Thread(runnable, "chorus-cluster");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(
            pool.submit(
                () -> {
                  S own = state.get();
                  for (int start; (start = next.getAndAdd(CHUNK)) < n; ) {
                    for (int i = start; i < Math.min(n, start + CHUNK); i++) {
                      body.run(own, i);
                    }
                  }
                }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          next.set(n); // stop the other workers at their next chunk
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
          next.set(n);
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

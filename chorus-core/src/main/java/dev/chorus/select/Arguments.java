package dev.chorus.select;

/** Argument checks shared by the summarizers' constructors. Stateless. */
final class Arguments {

  private Arguments() {}

  static double damping(double damping) {
    if (!(damping > 0 && damping < 1)) {
      throw new IllegalArgumentException("damping must be in (0, 1), was " + damping);
    }
    return damping;
  }

  static double tolerance(double tolerance) {
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and > 0, was " + tolerance);
    }
    return tolerance;
  }

  static int maxIterations(int maxIterations) {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
    }
    return maxIterations;
  }

  /** Largest pool for a dense similarity matrix: 10,000² floats are 400 MB. */
  static final int MAX_POOL_SIZE = 10_000;

  static int poolSize(int poolSize) {
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          "poolSize must be in [1, " + MAX_POOL_SIZE + "], was " + poolSize);
    }
    return poolSize;
  }

  static double inRange(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], was " + value);
    }
    return value;
  }

  static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
    return value;
  }

  static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
    }
    return value;
  }
}

package dev.chorus.cli;

/** Where the example cluster that ships with the repository lives, relative to the root. */
final class ExampleCluster {
  static final String PATH = "examples/harbor-bridge-closure";

  private ExampleCluster() {}
}

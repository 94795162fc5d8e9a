package dev.chorus.cli;

/** Placeholder entry point, replaced by the picocli command tree. */
public final class ChorusCommand {
  private ChorusCommand() {}

  public static void main(String[] args) {
    System.out.println("chorus");
  }
}

package dev.chorus.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.model.Budget;
import java.io.UncheckedIOException;
import java.util.Locale;

/** What every JSON output of Chorus shares: indented printing and the budget object. */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code node} indented, ending with a line break. */
  public static String pretty(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds {@code "budget": {unit, limit, truncate, trim}} to {@code parent}. */
  public static void putBudget(ObjectNode parent, Budget budget) {
    ObjectNode node = parent.putObject("budget");
    node.put("unit", budget.unit().name().toLowerCase(Locale.ROOT));
    node.put("limit", budget.limit());
    node.put("truncate", budget.truncate());
    node.put("trim", budget.trim());
  }
}

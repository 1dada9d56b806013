package uk.missingchildren.response.restore;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import uk.missingchildren.response.plan.PartnershipDataFormat;

/**
 * Data files for the restore tests: read, changed (with or without a new checksum), compared and
 * counted.
 */
final class DataFiles {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Every table a restore writes to, and the ones around it that it must not touch. */
  static final List<String> TABLES =
      List.of(
          "partnership",
          "membership",
          "benchmark",
          "benchmark_attendee",
          "benchmark_answer",
          "checklist_review",
          "checklist_review_attendee",
          "checklist_item_rating",
          "partnership_action",
          "action_update",
          "follow_up_meeting",
          "follow_up_attendee",
          "action_reminder",
          "audit_event",
          "form_submission");

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private DataFiles() {}

  static ObjectNode read(byte[] file) {
    return (ObjectNode) JSON.readTree(file);
  }

  static byte[] bytes(JsonNode file) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
  }

  /** The file changed as someone editing it by hand would: the checksum no longer matches. */
  static byte[] edited(byte[] file, Consumer<ObjectNode> change) {
    ObjectNode tree = read(file);
    change.accept(tree);
    return bytes(tree);
  }

  /**
   * The file changed and given a new checksum, as a faulty or newer exporter might write it: it
   * passes the checksum, so what is checked is the change itself.
   */
  static byte[] rewritten(byte[] file, Consumer<ObjectNode> change) {
    ObjectNode tree = read(file);
    change.accept(tree);
    tree.remove(PartnershipDataFormat.CHECKSUM_KEY);
    tree.set(
        PartnershipDataFormat.CHECKSUM_KEY, JSON.valueToTree(PartnershipDataFormat.checksum(tree)));
    return bytes(tree);
  }

  /**
   * The file with what may differ between an export and the export of its import taken out: when it
   * was made, its checksum, the partnership's own id and creation (the import makes a new one),
   * each action's reference (the start of its id), and every id, which becomes its order of first
   * appearance, so the links between records are still compared.
   */
  static JsonNode comparable(byte[] file) {
    ObjectNode tree = read(file);
    tree.remove(List.of(PartnershipDataFormat.EXPORTED_AT_KEY, PartnershipDataFormat.CHECKSUM_KEY));
    ((ObjectNode) tree.get(PartnershipDataFormat.PARTNERSHIP_KEY))
        .remove(List.of("id", "createdAt"));
    tree.get("actions").forEach(action -> ((ObjectNode) action).remove("reference"));
    return numberIds(tree, new LinkedHashMap<>());
  }

  private static JsonNode numberIds(JsonNode node, Map<String, String> numbers) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (String name : List.copyOf(object.propertyNames())) {
        object.set(name, numberIds(object.get(name), numbers));
      }
      return object;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, numberIds(array.get(i), numbers));
      }
      return array;
    }
    if (node.isString() && UUID.matcher(node.stringValue()).matches()) {
      return StringNode.valueOf(
          "id-"
              + numbers.computeIfAbsent(
                  node.stringValue(), id -> String.valueOf(numbers.size() + 1)));
    }
    return node;
  }

  /** How many rows each table has. */
  static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(
        table ->
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
    return counts;
  }

  static String text(byte[] file) {
    return new String(file, StandardCharsets.UTF_8);
  }
}

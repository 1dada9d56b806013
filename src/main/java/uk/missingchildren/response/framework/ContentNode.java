package uk.missingchildren.response.framework;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of one mapping in a YAML content file. Instead of throwing at the first mistake it
 * records every problem, naming the file and the item, so an editor can fix them all at once.
 */
final class ContentNode {

  private final String file;
  private final String item;
  private final Map<?, ?> values;
  private final List<ContentProblem> problems;

  ContentNode(String file, String item, Map<?, ?> values, List<ContentProblem> problems) {
    this.file = file;
    this.item = item;
    this.values = values;
    this.problems = problems;
  }

  /** The same mapping, now known by an item name (its id, once read). */
  ContentNode named(String itemName) {
    return new ContentNode(file, itemName, values, problems);
  }

  String file() {
    return file;
  }

  String requiredText(String key) {
    String text = optionalText(key);
    if (text == null) {
      problem("'" + key + "' is missing or empty");
    }
    return text;
  }

  String optionalText(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Map || value instanceof List) {
      problem("'" + key + "' must be text");
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  Integer optionalInteger(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer number) {
      return number;
    }
    problem("'" + key + "' must be a whole number");
    return null;
  }

  int requiredInteger(String key) {
    Integer number = optionalInteger(key);
    if (number == null && !values.containsKey(key)) {
      problem("'" + key + "' is missing");
    }
    return number == null ? 0 : number;
  }

  boolean flag(String key) {
    Object value = values.get(key);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    problem("'" + key + "' must be true or false");
    return false;
  }

  LocalDate optionalDate(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      problem("'" + key + "' must be a date like 2026-11-22");
      return null;
    }
  }

  List<String> texts(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problem("'" + key + "' must be a list");
      return List.of();
    }
    return list.stream().map(String::valueOf).map(String::strip).toList();
  }

  /** The mappings in a list, each named by its position until its id is known. */
  List<ContentNode> children(String key, boolean required) {
    Object value = values.get(key);
    if (value == null) {
      if (required) {
        problem("'" + key + "' is missing");
      }
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problem("'" + key + "' must be a list");
      return List.of();
    }
    List<ContentNode> children = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String position = key + " entry " + (i + 1);
      if (list.get(i) instanceof Map<?, ?> map) {
        children.add(new ContentNode(file, position, map, problems));
      } else {
        problems.add(new ContentProblem(file, position, "must be a mapping of keys to values"));
      }
    }
    return children;
  }

  ContentNode child(String key) {
    Object value = values.get(key);
    if (value instanceof Map<?, ?> map) {
      return new ContentNode(file, item == null ? key : item + " " + key, map, problems);
    }
    problem("'" + key + "' is missing or is not a mapping");
    return new ContentNode(file, key, Map.of(), problems);
  }

  /** The mapping under {@code key}, or null if there is none (a problem if it is not a mapping). */
  ContentNode optionalChild(String key) {
    return values.get(key) == null ? null : child(key);
  }

  void problem(String message) {
    problems.add(new ContentProblem(file, item, message));
  }
}

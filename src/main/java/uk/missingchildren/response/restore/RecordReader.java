package uk.missingchildren.response.restore;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import uk.missingchildren.response.partnership.DataFileProblem;

/**
 * Reads the file's records as the record types the export wrote them from, so the two directions
 * share one description of each record. An object must have exactly the record's fields, lists of
 * records included: a field missing is a damaged file, a field this service does not know is a file
 * from a newer service, and either would otherwise be lost silently. Then each value must be of its
 * type (a date, an agency's code, an id). Every problem names its place, such as {@code
 * benchmarks[0].answers[3].answer}.
 */
final class RecordReader {

  private final JsonMapper json;

  RecordReader(JsonMapper json) {
    this.json = json;
  }

  <T> List<T> list(JsonNode node, Class<T> type, String where) {
    if (node == null || !node.isArray()) {
      throw new DataFileProblem("restore.error.wrongType", where);
    }
    List<T> records = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      records.add(one(node.get(i), type, where + "[" + i + "]"));
    }
    return records;
  }

  <T> T one(JsonNode node, Class<T> type, String where) {
    requireShape(node, type, where);
    try {
      return json.treeToValue(node, type);
    } catch (JacksonException badValue) {
      throw problem(badValue, where);
    }
  }

  private static void requireShape(JsonNode node, Class<?> type, String where) {
    if (node == null || !node.isObject()) {
      throw new DataFileProblem("restore.error.wrongType", where);
    }
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known =
        Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    for (String field : node.propertyNames()) {
      if (!known.contains(field)) {
        throw new DataFileProblem("restore.error.unknownField", where + "." + field);
      }
    }
    for (RecordComponent component : components) {
      String at = where + "." + component.getName();
      if (!node.has(component.getName())) {
        throw new DataFileProblem("restore.error.fieldMissing", at);
      }
      JsonNode value = node.get(component.getName());
      Class<?> element = listElement(component.getGenericType());
      if (element != null && element.isRecord()) {
        if (!value.isArray()) {
          throw new DataFileProblem("restore.error.wrongType", at);
        }
        for (int i = 0; i < value.size(); i++) {
          requireShape(value.get(i), element, at + "[" + i + "]");
        }
      } else if (component.getType().isRecord() && !value.isNull()) {
        requireShape(value, component.getType(), at);
      }
    }
  }

  private static Class<?> listElement(Type type) {
    if (type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return null;
  }

  private static DataFileProblem problem(JacksonException badValue, String where) {
    StringBuilder at = new StringBuilder(where);
    for (JacksonException.Reference step : badValue.getPath()) {
      if (step.getPropertyName() != null) {
        at.append('.').append(step.getPropertyName());
      } else if (step.getIndex() >= 0) {
        at.append('[').append(step.getIndex()).append(']');
      }
    }
    if (badValue instanceof InvalidFormatException invalid && invalid.getValue() != null) {
      return new DataFileProblem(
          "restore.error.notAllowed", at.toString(), String.valueOf(invalid.getValue()));
    }
    return new DataFileProblem("restore.error.wrongType", at.toString());
  }
}

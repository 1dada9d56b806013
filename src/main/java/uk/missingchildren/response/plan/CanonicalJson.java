package uk.missingchildren.response.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON written one way only, for the data file's checksum: no white space, the keys of every object
 * in order of their UTF-16 code units, strings escaped as RFC 8785 (JSON Canonicalization Scheme)
 * does, other values as JSON writes them. The file holds no fractions, so for what it holds this is
 * RFC 8785. The rule must never change: files written under it are checked under it, on any
 * instance, years later.
 */
final class CanonicalJson {

  private CanonicalJson() {}

  static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
      properties.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (int i = 0; i < properties.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(properties.get(i).getKey(), out);
        out.append(':');
        write(properties.get(i).getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isString()) {
      string(node.stringValue(), out);
    } else {
      // Numbers, true, false and null: their JSON text has nothing to choose between.
      out.append(node.toString());
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

package uk.missingchildren.response.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a browser would send for a form as it is drawn: every field with its current value. */
public final class FormFields {

  private FormFields() {}

  public static Map<String, String> of(Document page, String formSelector) {
    Element form = page.selectFirst(formSelector);
    if (form == null) {
      throw new AssertionError("No form " + formSelector + " on " + page.title());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
        continue;
      }
      values.put(input.attr("name"), input.val());
    }
    form.select("textarea[name]").forEach(area -> values.put(area.attr("name"), area.val()));
    for (Element select : form.select("select[name]")) {
      Element chosen = select.selectFirst("option[selected]");
      values.put(select.attr("name"), chosen == null ? "" : chosen.val());
    }
    return values;
  }
}

package uk.missingchildren.response.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;

/**
 * The framework versions on file, each with its change log, and what changed between any two: for
 * the tool's owner, who publishes the content and answers partnerships' questions about it.
 */
@Controller
class FrameworkVersionsController {

  private final FrameworkCatalogue catalogue;

  FrameworkVersionsController(FrameworkCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/admin/framework")
  String versions(Model model) {
    List<Framework> versions = catalogue.versions();
    List<Framework> newestFirst = new ArrayList<>(versions);
    Collections.reverse(newestFirst);
    model.addAttribute("versions", newestFirst);
    model.addAttribute("current", catalogue.current().version());
    if (!model.containsAttribute("compareForm")) {
      String newest = versions.get(versions.size() - 1).version();
      String before = versions.size() > 1 ? versions.get(versions.size() - 2).version() : newest;
      model.addAttribute("compareForm", new CompareVersionsForm(before, newest));
    }
    return "admin/framework-versions";
  }

  @GetMapping("/admin/framework/{version}")
  String version(@PathVariable String version, Model model) {
    Framework framework =
        catalogue
            .version(version)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("framework", framework);
    model.addAttribute("current", catalogue.current().version());
    return "admin/framework-version";
  }

  @GetMapping("/admin/framework/compare")
  String compare(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    CompareVersionsForm form = new CompareVersionsForm(from, to);
    String problem = form.problem(catalogue);
    if (problem != null) {
      model.addAttribute("compareForm", form);
      model.addAttribute("compareProblem", problem);
      return versions(model);
    }
    model.addAttribute("changes", catalogue.changes(from, to));
    model.addAttribute("before", catalogue.version(from).orElseThrow());
    model.addAttribute("after", catalogue.version(to).orElseThrow());
    return "admin/framework-compare";
  }
}

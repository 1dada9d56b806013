package uk.missingchildren.response.framework;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public thematic checklist pages and the page about where the standards come from. */
@Controller
class ChecklistsController {

  private final FrameworkCatalogue catalogue;

  ChecklistsController(FrameworkCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/checklists")
  String index(Model model) {
    model.addAttribute("framework", catalogue.current());
    model.addAttribute("sectionKinds", SectionKind.values());
    return "framework/checklists";
  }

  @GetMapping("/checklists/sources")
  String sources(Model model) {
    Framework framework = catalogue.current();
    model.addAttribute("framework", framework);
    model.addAttribute("sourcesByKind", sourcesByKind(framework));
    model.addAttribute("citations", citationCounts(framework));
    return "framework/sources";
  }

  @GetMapping("/checklists/{slug}")
  String checklist(@PathVariable String slug, Model model) {
    Framework framework = catalogue.current();
    Theme theme =
        framework.theme(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    int position = framework.themes().indexOf(theme);
    model.addAttribute("framework", framework);
    model.addAttribute("theme", theme);
    model.addAttribute("previous", position > 0 ? framework.themes().get(position - 1) : null);
    model.addAttribute(
        "next",
        position < framework.themes().size() - 1 ? framework.themes().get(position + 1) : null);
    return "framework/checklist";
  }

  private static Map<SourceKind, List<Source>> sourcesByKind(Framework framework) {
    return framework.sources().stream()
        .collect(
            Collectors.groupingBy(
                Source::kind,
                () -> new java.util.EnumMap<>(SourceKind.class),
                Collectors.toList()));
  }

  private static Map<String, Long> citationCounts(Framework framework) {
    return framework.items().stream()
        .flatMap(item -> item.sourceKeys().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}

package uk.missingchildren.response.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.agencyviews.AskForViewsForm;
import uk.missingchildren.response.agencyviews.DifferentViewForm;
import uk.missingchildren.response.agencyviews.FollowedLink;
import uk.missingchildren.response.agencyviews.GiveViewForm;
import uk.missingchildren.response.agencyviews.GiverAccess;
import uk.missingchildren.response.agencyviews.GivingViewsService;
import uk.missingchildren.response.agencyviews.LinkGiven;
import uk.missingchildren.response.agencyviews.ViewGiverForm;
import uk.missingchildren.response.benchmark.BenchmarkService;

/**
 * Before Eastmoor's second benchmark, Priya asks four of the people coming for their own views, by
 * links she copies to them. Each answers as their agency; mostly they see what the room will agree,
 * but on a few questions they do not: the police think every child is offered a return home
 * interview, the service that carries them out knows children placed out of area wait. In the
 * meeting the return home interview service asks for its view to be recorded.
 */
@Component
@Profile("demo")
class ViewsBeforeTheMeeting {

  private static final String KIND = "benchmarks";

  /** Where each person's own view differs from what the room went on to agree. */
  private static final Map<Person, Map<String, String>> OWN_VIEWS =
      Map.of(
          Person.HELEN, Map.of("Q10", "yes", "Q05", "yes", "Q19", "partly"),
          Person.GARETH, Map.of("Q04", "yes", "Q14", "partly"),
          Person.MINA, Map.of("Q04", "no", "Q05", "dont_know", "Q22", "dont_know"),
          Person.TOM, Map.of("Q10", "no", "Q14", "no", "Q05", "partly"));

  private static final List<Person> ASKED =
      List.of(Person.HELEN, Person.GARETH, Person.MINA, Person.TOM);

  private final AgencyViewsService views;
  private final GivingViewsService giving;
  private final BenchmarkService benchmarks;
  private final FormRules rules;
  private final StoryText text;

  ViewsBeforeTheMeeting(
      AgencyViewsService views,
      GivingViewsService giving,
      BenchmarkService benchmarks,
      FormRules rules,
      StoryText text) {
    this.views = views;
    this.giving = giving;
    this.benchmarks = benchmarks;
    this.rules = rules;
    this.text = text;
  }

  /** Asks the four for their views by {@code dueOn}; returns how each will get in. */
  Map<Person, GiverAccess> ask(Story story, UUID benchmark, LocalDate dueOn) {
    AskForViewsForm form = new AskForViewsForm();
    form.setDueDay(String.valueOf(dueOn.getDayOfMonth()));
    form.setDueMonth(String.valueOf(dueOn.getMonthValue()));
    form.setDueYear(String.valueOf(dueOn.getYear()));
    form.setShown("agencies");
    views.ask(story.partnership(), KIND, benchmark, rules.check(form));
    Map<Person, GiverAccess> access = new LinkedHashMap<>();
    for (Person person : ASKED) {
      ViewGiverForm asked = new ViewGiverForm();
      asked.setName(text.name(person));
      asked.setAgency(person.agency());
      LinkGiven link = views.addPerson(story.partnership(), KIND, benchmark, rules.check(asked));
      FollowedLink followed =
          giving.follow(link.link().substring(link.link().lastIndexOf('/') + 1), null);
      access.put(person, GiverAccess.byPass(followed.giverId(), followed.generation()));
    }
    return access;
  }

  /** Each gives their own view of every question, with a reason where they had one. */
  void give(Story story, UUID benchmark, Map<Person, GiverAccess> access) {
    Map<String, String> agreed =
        StageOneBenchmarks.secondAnswers(
            benchmarks.view(story.partnership(), benchmark).framework().questions());
    for (Person person : ASKED) {
      for (Map.Entry<String, String> question : agreed.entrySet()) {
        GiveViewForm form = new GiveViewForm();
        form.setAnswer(OWN_VIEWS.get(person).getOrDefault(question.getKey(), question.getValue()));
        form.setReason(
            text.textIfAny("views." + person.name().toLowerCase() + "." + question.getKey()));
        giving.give(access.get(person), question.getKey(), rules.check(form));
      }
    }
  }

  /** In the meeting, the return home interview service asks for its view of Q10 to be recorded. */
  void recordInTheMeeting(Story story, UUID benchmark) {
    DifferentViewForm form = new DifferentViewForm();
    form.setDifferentAgency(Person.TOM.agency());
    form.setDifferentView(text.text("views.different.Q10"));
    views.recordDifferentView(story.partnership(), KIND, benchmark, "Q10", rules.check(form));
  }
}

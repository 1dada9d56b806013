package uk.missingchildren.response.agencyviews;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.notification.EmailComposer;
import uk.missingchildren.response.notification.Mailer;
import uk.missingchildren.response.notification.ServiceAddress;
import uk.missingchildren.response.partnership.MembershipService;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.time.UkTime;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * Asking for views before a meeting, and reading them in it. The people's own views are for the
 * partnership's coordinators and the meeting's facilitator only: anyone else is told there is
 * nothing here (404). Views recorded as different from the agreed answer are the meeting's record,
 * for every member.
 */
@Service
public class AgencyViewsService {

  private final ViewsMeetings meetings;
  private final ViewRequests requests;
  private final ViewGivers givers;
  private final GivenViews views;
  private final DifferentViews differentViews;
  private final AuditLog audit;
  private final Mailer mailer;
  private final EmailComposer emails;
  private final ServiceAddress address;
  private final DisplayDates dates;
  private final MessageSource messages;
  private final Clock clock;
  private final MembershipService memberships;

  AgencyViewsService(
      ViewsMeetings meetings,
      ViewRequests requests,
      ViewGivers givers,
      GivenViews views,
      DifferentViews differentViews,
      AuditLog audit,
      Mailer mailer,
      EmailComposer emails,
      ServiceAddress address,
      DisplayDates dates,
      MessageSource messages,
      Clock clock,
      MembershipService memberships) {
    this.memberships = memberships;
    this.meetings = meetings;
    this.requests = requests;
    this.givers = givers;
    this.views = views;
    this.differentViews = differentViews;
    this.audit = audit;
    this.mailer = mailer;
    this.emails = emails;
    this.address = address;
    this.dates = dates;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Whether this person may see the views given for the meeting: a coordinator or its facilitator.
   */
  public static boolean maySeeViews(PartnershipContext context, ViewsSubject subject) {
    return context.role().canManageMembers() || context.accountId().equals(subject.facilitator());
  }

  /** The meeting, for any member of its partnership. */
  @Transactional(readOnly = true)
  public ViewsSubject subject(PartnershipContext context, String kind, UUID meetingId) {
    return meetings.at(kind).subject(context, meetingId);
  }

  /** The page where views are asked for, with everyone asked and how far they have got. */
  @Transactional(readOnly = true)
  public ViewsHub hub(PartnershipContext context, String kind, UUID meetingId) {
    ViewsSubject subject = visibleSubject(context, kind, meetingId);
    ViewRequest request = request(context, subject).orElse(null);
    if (request == null) {
      return new ViewsHub(subject, null, List.of());
    }
    List<ViewGiver> people = givers.findByRequestIdOrderByAddedAtAscIdAsc(request.id());
    Map<UUID, List<GivenView>> byGiver =
        given(people.stream().map(ViewGiver::id).toList()).stream()
            .collect(Collectors.groupingBy(GivenView::giverId));
    List<GiverProgress> progress =
        people.stream()
            .map(
                giver -> {
                  List<GivenView> given = byGiver.getOrDefault(giver.id(), List.of());
                  return new GiverProgress(
                      giver,
                      (int)
                          given.stream()
                              .filter(view -> subject.item(view.itemId()).isPresent())
                              .count(),
                      subject.items().size(),
                      given.stream()
                          .map(GivenView::savedAt)
                          .max(Comparator.naturalOrder())
                          .orElse(null));
                })
            .toList();
    return new ViewsHub(subject, request, progress);
  }

  /** Starts asking for views; the choice of names or agencies is then fixed. */
  @Transactional
  public void ask(PartnershipContext context, String kind, UUID meetingId, AskForViewsForm form) {
    ViewsSubject subject = openSubject(context, kind, meetingId);
    if (request(context, subject).isPresent()) {
      return;
    }
    requests.save(
        new ViewRequest(
            context.partnershipId(),
            kind,
            meetingId,
            form.getDueDate(),
            form.namesShown(),
            context.accountId(),
            clock.instant()));
    record(
        context,
        "VIEWS_REQUESTED",
        subject,
        "due " + form.getDueDate() + (form.namesShown() ? ", names shown" : ", agencies only"));
  }

  @Transactional
  public void changeDueDate(
      PartnershipContext context, String kind, UUID meetingId, DueDateForm form) {
    ViewsSubject subject = openSubject(context, kind, meetingId);
    ViewRequest request = request(context, subject).orElseThrow(ViewsNotFoundException::new);
    request.moveTo(form.getDueDate());
    record(context, "VIEWS_DUE_DATE_CHANGED", subject, "due " + form.getDueDate());
  }

  /** Asks one more person, with a new link: emailed if an address is given, and shown once. */
  @Transactional
  public LinkGiven addPerson(
      PartnershipContext context, String kind, UUID meetingId, ViewGiverForm form) {
    ViewsSubject subject = openSubject(context, kind, meetingId);
    ViewRequest request = request(context, subject).orElseThrow(ViewsNotFoundException::new);
    UUID member =
        form.cleanEmail() == null
            ? null
            : memberships.memberWithEmail(context, form.cleanEmail()).orElse(null);
    ViewGiver giver =
        new ViewGiver(
            request.id(),
            form.cleanName(),
            form.getAgency(),
            form.cleanEmail(),
            member,
            clock.instant());
    String secret = giver.newLink();
    givers.save(giver);
    record(context, "VIEWS_PERSON_ASKED", subject, giver.describe());
    return linkGiven(context, subject, request, giver, secret);
  }

  /** A new link for someone: their old link, and every browser it let in, stop working. */
  @Transactional
  public LinkGiven newLink(PartnershipContext context, String kind, UUID meetingId, UUID giverId) {
    ViewsSubject subject = openSubject(context, kind, meetingId);
    ViewRequest request = request(context, subject).orElseThrow(ViewsNotFoundException::new);
    ViewGiver giver =
        givers.findByIdAndRequestId(giverId, request.id()).orElseThrow(ViewsNotFoundException::new);
    String secret = giver.newLink();
    record(context, "VIEWS_LINK_RENEWED", subject, giver.describe());
    return linkGiven(context, subject, request, giver, secret);
  }

  /** Someone asked for their views, for the page that confirms removing them. */
  @Transactional(readOnly = true)
  public GiverProgress person(
      PartnershipContext context, String kind, UUID meetingId, UUID giverId) {
    return hub(context, kind, meetingId).people().stream()
        .filter(progress -> progress.giver().id().equals(giverId))
        .findFirst()
        .orElseThrow(ViewsNotFoundException::new);
  }

  /** Stops asking someone, and removes the views they gave. */
  @Transactional
  public void removePerson(PartnershipContext context, String kind, UUID meetingId, UUID giverId) {
    ViewsSubject subject = openSubject(context, kind, meetingId);
    ViewRequest request = request(context, subject).orElseThrow(ViewsNotFoundException::new);
    ViewGiver giver =
        givers.findByIdAndRequestId(giverId, request.id()).orElseThrow(ViewsNotFoundException::new);
    givers.delete(giver);
    record(context, "VIEWS_PERSON_REMOVED", subject, giver.describe() + " and their views");
  }

  /**
   * Every question with the agencies' views of it, for those who may see them; empty for everyone
   * else and when no views were asked for, so a page can offer it without asking twice.
   */
  @Transactional(readOnly = true)
  public Optional<SpreadBoard> spread(PartnershipContext context, String kind, UUID meetingId) {
    ViewsSubject subject = meetings.at(kind).subject(context, meetingId);
    if (!maySeeViews(context, subject)) {
      return Optional.empty();
    }
    return request(context, subject).map(request -> board(subject, request, request.namesShown()));
  }

  /**
   * What one question's page shows of the views, for a meeting its own package has already read (so
   * the page reads nothing twice): one query for someone who may not see the views, three or four
   * for someone who may.
   */
  @Transactional(readOnly = true)
  public ItemViews forItem(PartnershipContext context, ViewsSubject subject, String itemId) {
    if (!subject.partnershipId().equals(context.partnershipId())) {
      throw new ViewsNotFoundException();
    }
    ViewsSubject.Item item = subject.item(itemId).orElseThrow(ViewsNotFoundException::new);
    ItemSpread spread =
        maySeeViews(context, subject)
            ? request(context, subject)
                .map(request -> board(subject, request, request.namesShown()))
                .flatMap(board -> board.item(itemId))
                .orElse(null)
            : null;
    List<RecordedView> different =
        differentViews
            .findByMeetingKindAndMeetingIdAndPartnershipIdAndItemIdOrderByRecordedAtAscIdAsc(
                subject.kind(), subject.id(), context.partnershipId(), itemId)
            .stream()
            .map(view -> new RecordedView(view.id(), item, view.agency(), view.viewText()))
            .toList();
    return new ItemViews(spread, different, subject.path() + "/views/spread");
  }

  /**
   * What a meeting's overview says about the views: nothing for those who may not see them, so one
   * query more at most for those who may.
   */
  @Transactional(readOnly = true)
  public Optional<ViewsOverview> overview(PartnershipContext context, ViewsSubject subject) {
    if (!subject.partnershipId().equals(context.partnershipId())) {
      return Optional.empty();
    }
    Optional<ViewRequest> request = request(context, subject);
    String mine =
        request
            .flatMap(r -> givers.findFirstByRequestIdAndAccountId(r.id(), context.accountId()))
            .map(giver -> GiveViewsController.pagesOf(giver.id()))
            .orElse(null);
    if (!maySeeViews(context, subject)) {
      return mine == null
          ? Optional.empty()
          : Optional.of(new ViewsOverview(null, null, null, mine, false));
    }
    SpreadBoard board = request.map(r -> board(subject, r, r.namesShown())).orElse(null);
    if (board == null && !subject.open()) {
      return Optional.empty();
    }
    return Optional.of(
        new ViewsOverview(
            board, subject.path() + "/views", subject.path() + "/views/spread", mine, true));
  }

  /**
   * What a page of several items (a checklist section) shows of the views, by item id, read in one
   * go: the spreads only for those who may see them.
   */
  @Transactional(readOnly = true)
  public Map<String, ItemViews> forItems(PartnershipContext context, ViewsSubject subject) {
    if (!subject.partnershipId().equals(context.partnershipId())) {
      throw new ViewsNotFoundException();
    }
    SpreadBoard board =
        maySeeViews(context, subject)
            ? request(context, subject)
                .map(request -> board(subject, request, request.namesShown()))
                .orElse(null)
            : null;
    Map<String, List<RecordedView>> recorded =
        recorded(context, subject).stream()
            .collect(Collectors.groupingBy(view -> view.item().id()));
    Map<String, ItemViews> byItem = new LinkedHashMap<>();
    for (ViewsSubject.Item item : subject.items()) {
      byItem.put(
          item.id(),
          new ItemViews(
              board == null ? null : board.item(item.id()).orElse(null),
              recorded.getOrDefault(item.id(), List.of()),
              subject.path() + "/views/spread"));
    }
    return byItem;
  }

  /**
   * How the agencies' views before two meetings of the same kind compare, by agency only (as the
   * reports show them), for every member who can read the reports.
   */
  @Transactional(readOnly = true)
  public ViewsOverTime overTime(
      PartnershipContext context, String kind, UUID earlierId, UUID laterId) {
    ViewsSubject earlier = meetings.at(kind).subject(context, earlierId);
    ViewsSubject later = meetings.at(kind).subject(context, laterId);
    SpreadBoard before =
        request(context, earlier).map(request -> board(earlier, request, false)).orElse(null);
    SpreadBoard after =
        request(context, later).map(request -> board(later, request, false)).orElse(null);
    List<ViewsOverTime.LevelCount> levels =
        later.measure().levels().stream()
            .map(
                level ->
                    new ViewsOverTime.LevelCount(
                        level.label(),
                        before == null ? 0 : before.atLevel(level.id()),
                        after == null ? 0 : after.atLevel(level.id())))
            .toList();
    if (before == null || after == null) {
      return new ViewsOverTime(levels, List.of());
    }
    Map<Agency, Map<String, Double>> earlierScores = agencyScores(earlier, before);
    Map<Agency, Map<String, Double>> laterScores = agencyScores(later, after);
    List<ViewsOverTime.AgencyMovement> agencies = new ArrayList<>();
    for (Agency agency : Agency.values()) {
      Map<String, Double> then = earlierScores.getOrDefault(agency, Map.of());
      Map<String, Double> now = laterScores.getOrDefault(agency, Map.of());
      int compared = 0;
      int better = 0;
      int worse = 0;
      for (Map.Entry<String, Double> question : now.entrySet()) {
        Double was = then.get(question.getKey());
        if (was == null) {
          continue;
        }
        compared++;
        if (question.getValue() > was) {
          better++;
        } else if (question.getValue() < was) {
          worse++;
        }
      }
      if (compared > 0) {
        agencies.add(new ViewsOverTime.AgencyMovement(agency, compared, better, worse));
      }
    }
    return new ViewsOverTime(levels, agencies);
  }

  /** Each agency's score on each question: the average of its people's known answers. */
  private static Map<Agency, Map<String, Double>> agencyScores(
      ViewsSubject subject, SpreadBoard board) {
    Map<Agency, Map<String, Double>> scores = new java.util.EnumMap<>(Agency.class);
    for (ItemSpread item : board.items()) {
      item.answers().stream()
          .filter(answer -> !answer.unknown())
          .filter(
              answer -> subject.option(answer.answer()).map(o -> o.score() != null).orElse(false))
          .collect(
              Collectors.groupingBy(
                  AgencyAnswer::agency,
                  Collectors.averagingInt(
                      answer -> subject.option(answer.answer()).orElseThrow().score())))
          .forEach(
              (agency, score) ->
                  scores
                      .computeIfAbsent(agency, a -> new LinkedHashMap<>())
                      .put(item.item().id(), score));
    }
    return scores;
  }

  /** The same, for the spread page: a 404 for those who may not see it. */
  @Transactional(readOnly = true)
  public SpreadBoard requiredSpread(PartnershipContext context, String kind, UUID meetingId) {
    return spread(context, kind, meetingId).orElseThrow(ViewsNotFoundException::new);
  }

  /**
   * What the report shows of the views, for every member who can read it: the questions the
   * agencies were furthest apart on, by agency only (no names and no reasons), and every different
   * view recorded. Nothing when no views were given and none recorded.
   */
  @Transactional(readOnly = true)
  public ViewsForReport forReport(PartnershipContext context, ViewsSubject subject) {
    if (!subject.partnershipId().equals(context.partnershipId())) {
      throw new ViewsNotFoundException();
    }
    List<ItemSpread> differed =
        request(context, subject)
            .map(request -> board(subject, request, false))
            .map(
                board ->
                    board.widestFirst().stream()
                        .filter(item -> item.spread().comparable() && item.spread().range() > 0)
                        .limit(ViewsForReport.MOST_SHOWN)
                        .map(ViewsForReport::withoutReasons)
                        .toList())
            .orElse(List.of());
    return new ViewsForReport(differed, recorded(context, subject));
  }

  /** The different views recorded in the meeting, in the order of its questions. */
  @Transactional(readOnly = true)
  public List<RecordedView> differentViews(
      PartnershipContext context, String kind, UUID meetingId) {
    return recorded(context, meetings.at(kind).subject(context, meetingId));
  }

  @Transactional
  public void recordDifferentView(
      PartnershipContext context,
      String kind,
      UUID meetingId,
      String itemId,
      DifferentViewForm form) {
    context.requireEditor();
    ViewsSubject subject = openForAnswers(context, kind, meetingId);
    ViewsSubject.Item item = subject.item(itemId).orElseThrow(ViewsNotFoundException::new);
    differentViews.save(
        new DifferentView(
            context.partnershipId(),
            kind,
            meetingId,
            item.id(),
            form.getDifferentAgency(),
            form.getDifferentView().strip(),
            context.accountId(),
            clock.instant()));
    record(
        context,
        "DIFFERENT_VIEW_RECORDED",
        subject,
        item.id() + ", " + form.getDifferentAgency() + ": " + form.getDifferentView().strip());
  }

  @Transactional
  public void removeDifferentView(
      PartnershipContext context, String kind, UUID meetingId, UUID differentViewId) {
    context.requireEditor();
    ViewsSubject subject = openForAnswers(context, kind, meetingId);
    DifferentView view =
        differentViews
            .findByIdAndPartnershipIdAndMeetingId(
                differentViewId, context.partnershipId(), meetingId)
            .orElseThrow(ViewsNotFoundException::new);
    differentViews.delete(view);
    record(
        context,
        "DIFFERENT_VIEW_REMOVED",
        subject,
        view.itemId() + ", " + view.agency() + ": " + view.viewText());
  }

  private List<RecordedView> recorded(PartnershipContext context, ViewsSubject subject) {
    Map<String, Integer> order = new LinkedHashMap<>();
    subject.items().forEach(item -> order.put(item.id(), item.number()));
    return differentViews
        .findByMeetingKindAndMeetingIdAndPartnershipIdOrderByRecordedAtAscIdAsc(
            subject.kind(), subject.id(), context.partnershipId())
        .stream()
        .filter(view -> order.containsKey(view.itemId()))
        .sorted(Comparator.comparing((DifferentView view) -> order.get(view.itemId())))
        .map(
            view ->
                new RecordedView(
                    view.id(),
                    subject.item(view.itemId()).orElseThrow(),
                    view.agency(),
                    view.viewText()))
        .toList();
  }

  private SpreadBoard board(ViewsSubject subject, ViewRequest request, boolean names) {
    List<ViewGiver> people = givers.findByRequestIdOrderByAddedAtAscIdAsc(request.id());
    Map<UUID, ViewGiver> byId =
        people.stream().collect(Collectors.toMap(ViewGiver::id, Function.identity()));
    Map<String, List<GivenView>> byItem =
        given(byId.keySet()).stream().collect(Collectors.groupingBy(GivenView::itemId));
    List<ItemSpread> items = new ArrayList<>();
    for (ViewsSubject.Item item : subject.items()) {
      List<AgencyAnswer> answers =
          byItem.getOrDefault(item.id(), List.of()).stream()
              .filter(view -> subject.option(view.answer()).isPresent())
              .sorted(
                  Comparator.comparing((GivenView view) -> byId.get(view.giverId()).agency())
                      .thenComparing(view -> people.indexOf(byId.get(view.giverId()))))
              .map(view -> answer(subject, byId.get(view.giverId()), view, names))
              .toList();
      items.add(
          new ItemSpread(
              item,
              subject
                  .measure()
                  .measure(subject.scale(), answers.stream().map(AgencyAnswer::answer).toList()),
              answers));
    }
    int withViews =
        (int)
            byItem.values().stream()
                .flatMap(List::stream)
                .map(GivenView::giverId)
                .distinct()
                .count();
    return new SpreadBoard(subject, request, items, withViews, people.size());
  }

  /** The views of these people; no query for nobody. */
  private List<GivenView> given(java.util.Collection<UUID> giverIds) {
    return giverIds.isEmpty() ? List.of() : views.findByGiverIdIn(giverIds);
  }

  private static AgencyAnswer answer(
      ViewsSubject subject, ViewGiver giver, GivenView view, boolean names) {
    ScaleOption option = subject.option(view.answer()).orElseThrow();
    return new AgencyAnswer(
        giver.agency(),
        names ? giver.name() : null,
        option.value(),
        option.label(),
        option.unknown(),
        view.reason());
  }

  private LinkGiven linkGiven(
      PartnershipContext context,
      ViewsSubject subject,
      ViewRequest request,
      ViewGiver giver,
      String secret) {
    String path = GiveViewsController.linkPath(secret);
    Delivery delivery = null;
    if (giver.email() != null) {
      delivery =
          mailer.send(
              emails
                  .compose(
                      giver.email(),
                      "views",
                      path,
                      context.partnership().name(),
                      subject.title(),
                      dates.day(request.dueOn()),
                      messages.getMessage(giver.agency().messageKey(), null, java.util.Locale.UK))
                  .about(context.partnershipId()));
    }
    return new LinkGiven(giver.name(), address.link(path), delivery);
  }

  private Optional<ViewRequest> request(PartnershipContext context, ViewsSubject subject) {
    return requests.findByMeetingKindAndMeetingIdAndPartnershipId(
        subject.kind(), subject.id(), context.partnershipId());
  }

  private ViewsSubject visibleSubject(PartnershipContext context, String kind, UUID meetingId) {
    ViewsSubject subject = meetings.at(kind).subject(context, meetingId);
    if (!maySeeViews(context, subject)) {
      throw new ViewsNotFoundException();
    }
    return subject;
  }

  /**
   * For changing who is asked: only those who may see the views and may still change things, while
   * the meeting is open.
   */
  private ViewsSubject openSubject(PartnershipContext context, String kind, UUID meetingId) {
    context.requireEditor();
    ViewsSubject subject = visibleSubject(context, kind, meetingId);
    if (!subject.open()) {
      throw new MeetingFinishedException(subject.path());
    }
    return subject;
  }

  /** For recording a different view: any editor, while the meeting is open. */
  private ViewsSubject openForAnswers(PartnershipContext context, String kind, UUID meetingId) {
    ViewsSubject subject = meetings.at(kind).subject(context, meetingId);
    if (!subject.open()) {
      throw new MeetingFinishedException(subject.path());
    }
    return subject;
  }

  private void record(
      PartnershipContext context, String action, ViewsSubject subject, String details) {
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        action,
        subject.title(),
        details);
  }

  /** Today in the UK, for the pages that check a due date. */
  @CheckedWithoutContext("reads only the clock")
  public java.time.LocalDate today() {
    return UkTime.today(clock);
  }
}

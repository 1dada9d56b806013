package uk.missingchildren.response.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestCodes;
import uk.missingchildren.response.support.TestUsers;

class SecondFactorIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired AuditEvents audit;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aMemberSetsUpAnApp_andFromThenOnSigningInNeedsItsCode_usedOnce() {
    Account member = users.givenAccount("Tess Totp");
    SiteVisitor browser = users.signedIn(url(""), member);
    assertThat(Jsoup.parse(browser.get("/account").body()).text())
        .contains("Second factor Not set up");

    Document setUp = Jsoup.parse(browser.get("/account/second-factor/set-up").body());
    String secret = setUp.select("#secret").text().replace(" ", "");
    assertThat(secret).hasSize(32);
    assertThat(setUp.select("svg[role=img] title").text())
        .isEqualTo("QR code to scan with your authenticator app");

    HttpResponse<String> wrong =
        browser.submitForm(
            setUp, "main form", Map.of("code", TestCodes.code(secret, TestCodes.stepNow() + 5)));
    Document wrongPage = Jsoup.parse(wrong.body());
    assertThat(wrongPage.select(".govuk-error-summary a").text())
        .isEqualTo(
            "The code is not right. Check the app shows Missing Children Response, then enter the"
                + " code it shows now");
    assertThat(wrongPage.select("#secret").text().replace(" ", ""))
        .as("the same secret after an error, so the app already set up still works")
        .isEqualTo(secret);

    HttpResponse<String> confirmed =
        browser.submitForm(
            wrongPage, "main form", Map.of("code", TestCodes.code(secret, TestCodes.stepNow())));
    assertThat(confirmed.headers().firstValue("Location"))
        .hasValue("/account/second-factor/recovery-codes");
    List<String> codes =
        Jsoup.parse(browser.get("/account/second-factor/recovery-codes").body())
            .select("#recovery-codes li")
            .eachText();
    assertThat(codes).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
    assertThat(codes).doesNotHaveDuplicates();
    assertThat(
            jdbc.queryForList(
                "SELECT code_hash FROM recovery_code WHERE account_id = ?",
                String.class,
                member.id()))
        .as("only hashes are kept")
        .hasSize(10)
        .noneMatch(codes::contains);
    browser.submitForm("/account/second-factor/recovery-codes", "main form", Map.of());
    assertThat(
            browser.get("/account/second-factor/recovery-codes").headers().firstValue("Location"))
        .as("the codes are shown once")
        .hasValue("/account/second-factor");

    SiteVisitor later = new SiteVisitor(url(""));
    HttpResponse<String> password = signInWithPassword(later, member);
    assertThat(password.headers().firstValue("Location")).hasValue("/sign-in/code");
    assertThat(later.get("/account").headers().firstValue("Location").orElse(""))
        .as("a right password alone does not sign in")
        .endsWith("/sign-in");

    HttpResponse<String> badCode =
        later.submitForm("/sign-in/code", "main form", Map.of("code", "12345"));
    assertThat(Jsoup.parse(badCode.body()).select(".govuk-error-summary a").text())
        .isEqualTo("The code must be 6 digits, like 123456");
    assertThat(Jsoup.parse(badCode.body()).select("#code").val()).isEqualTo("12345");

    String code = TestCodes.code(secret, TestCodes.stepNow() + 1);
    HttpResponse<String> signedIn =
        later.submitForm(
            "/sign-in/code",
            "main form",
            Map.of("code", code.substring(0, 3) + " " + code.substring(3)));
    assertThat(signedIn.headers().firstValue("Location"))
        .as("on to the page asked for before signing in")
        .hasValue("/account?continue");
    assertThat(later.get("/account").statusCode()).isEqualTo(200);

    SiteVisitor watcher = new SiteVisitor(url(""));
    signInWithPassword(watcher, member);
    HttpResponse<String> replayed =
        watcher.submitForm("/sign-in/code", "main form", Map.of("code", code));
    assertThat(Jsoup.parse(replayed.body()).select(".govuk-error-summary a").text())
        .as("a code seen over a shoulder cannot be used again")
        .startsWith("The code is not right or has already been used");

    assertThat(actions(member))
        .contains("SECOND_FACTOR_SET_UP", "SECOND_FACTOR_FAILED", "SIGN_IN_PASSWORD_ACCEPTED");
    assertThat(
            audit.findByActionOrderByIdAsc("SIGNED_IN").stream()
                .filter(e -> member.email().equals(e.subject()))
                .map(e -> e.details()))
        .contains("password", "password and second factor");
  }

  @Test
  void theQrCodeReadsBackAsTheAppsAddress_withTheSecret() throws Exception {
    Account member = users.givenAccount("Quinn Qr");
    SiteVisitor browser = users.signedIn(url(""), member);
    Document setUp = Jsoup.parse(browser.get("/account/second-factor/set-up").body());
    String secret = setUp.select("#secret").text().replace(" ", "");

    String read =
        readQrCode(
            setUp.select("svg[role=img]").first().attr("viewBox"),
            setUp.select("svg[role=img] path").attr("d"));

    assertThat(read)
        .isEqualTo(
            "otpauth://totp/Missing%20Children%20Response:"
                + member.email().replace("@", "%40")
                + "?secret="
                + secret
                + "&issuer=Missing%20Children%20Response&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void setUpAndNewRecoveryCodes_sentTwice_doItOnce_andLeadToTheCodes() {
    Account member = users.givenAccount("Tom Twice");
    SiteVisitor browser = users.signedIn(url(""), member);
    Document setUp = Jsoup.parse(browser.get("/account/second-factor/set-up").body());
    String secret = setUp.select("#secret").text().replace(" ", "");
    Map<String, String> code = Map.of("code", TestCodes.code(secret, TestCodes.stepNow()));
    assertThat(browser.submitForm(setUp, "main form", code).headers().firstValue("Location"))
        .hasValue("/account/second-factor/recovery-codes");
    assertThat(browser.submitForm(setUp, "main form", code).headers().firstValue("Location"))
        .as("not 'the code is not right'")
        .hasValue("/account/second-factor/recovery-codes");
    List<String> shown =
        Jsoup.parse(browser.get("/account/second-factor/recovery-codes").body())
            .select("#recovery-codes li")
            .eachText();
    assertThat(shown).hasSize(10);
    browser.submitForm("/account/second-factor/recovery-codes", "main form", Map.of());

    Document newCodes =
        Jsoup.parse(browser.get("/account/second-factor/new-recovery-codes").body());
    Map<String, String> current = Map.of("code", users.nextCode(member.id()));
    browser.submitForm(newCodes, "main form", current);
    assertThat(browser.submitForm(newCodes, "main form", current).headers().firstValue("Location"))
        .hasValue("/account/second-factor/recovery-codes");
    assertThat(actions(member)).containsOnlyOnce("RECOVERY_CODES_REPLACED");
    assertThat(actions(member)).containsOnlyOnce("SECOND_FACTOR_SET_UP");
  }

  @Test
  void aRecoveryCodeSignsInOnce() {
    Account member = users.givenAccount("Rory Recovery");
    List<String> codes = setUp(member);

    SiteVisitor first = new SiteVisitor(url(""));
    signInWithPassword(first, member);
    HttpResponse<String> recovered =
        first.submitForm(
            "/sign-in/recovery-code", "main form", Map.of("code", codes.get(3).toUpperCase()));
    assertThat(recovered.headers().firstValue("Location")).hasValue("/partnerships/after-sign-in");
    assertThat(Jsoup.parse(first.get("/account/second-factor").body()).text()).contains("9 left");

    SiteVisitor second = new SiteVisitor(url(""));
    signInWithPassword(second, member);
    HttpResponse<String> again =
        second.submitForm("/sign-in/recovery-code", "main form", Map.of("code", codes.get(3)));
    assertThat(Jsoup.parse(again.body()).select(".govuk-error-summary a").text())
        .isEqualTo("That recovery code is not right or has already been used");
    assertThat(Jsoup.parse(again.body()).select("#code").val()).isEqualTo(codes.get(3));
    assertThat(actions(member)).contains("RECOVERY_CODE_USED", "RECOVERY_CODE_FAILED");
  }

  @Test
  void fiveWrongCodes_stopTheSignIn_andEvenTheRightCodeWaitsFifteenMinutes() {
    Account member = users.givenAccount("Theo Throttle");
    users.givenSecondFactor(member.id());
    SiteVisitor browser = new SiteVisitor(url(""));
    signInWithPassword(browser, member);
    String notNow = TestCodes.code(TestCodes.SECRET, TestCodes.stepNow() + 10);
    for (int attempt = 1; attempt <= 5; attempt++) {
      HttpResponse<String> wrong =
          browser.submitForm("/sign-in/code", "main form", Map.of("code", notNow));
      assertThat(wrong.statusCode()).as("wrong code " + attempt).isEqualTo(200);
    }
    HttpResponse<String> sixth =
        browser.submitForm(
            "/sign-in/code", "main form", Map.of("code", users.nextCode(member.id())));
    assertThat(sixth.headers().firstValue("Location")).hasValue("/sign-in?codes-throttled");
    assertThat(Jsoup.parse(browser.get("/sign-in?codes-throttled").body()).text())
        .contains("There were too many wrong codes. Wait 15 minutes, then sign in again.");

    signInWithPassword(browser, member);
    HttpResponse<String> stillBlocked =
        browser.submitForm(
            "/sign-in/code", "main form", Map.of("code", users.nextCode(member.id())));
    assertThat(stillBlocked.headers().firstValue("Location")).hasValue("/sign-in?codes-throttled");
    assertThat(actions(member)).contains("SECOND_FACTOR_THROTTLED");
  }

  @Test
  void aCoordinatorRequiresIt_andAMemberWithoutOneSetsItUpAtTheirNextSignIn() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cora Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Careful Partnership");
    Account member = users.givenMember(partnershipId, "Mo Member");
    String policy = "/partnerships/" + partnershipId + "/members/second-factor";

    SiteVisitor memberBrowser = users.signedIn(url(""), member);
    assertThat(memberBrowser.get(policy).statusCode()).as("only coordinators").isEqualTo(403);

    HttpResponse<String> noChoice = coordinator.submitForm(policy, "main form", Map.of());
    assertThat(Jsoup.parse(noChoice.body()).select(".govuk-error-summary a").text())
        .isEqualTo("Select whether all members have to use a second factor");
    HttpResponse<String> required =
        coordinator.submitForm(policy, "main form", Map.of("required", "yes"));
    assertThat(required.headers().firstValue("Location"))
        .hasValue("/partnerships/" + partnershipId + "/members");
    assertThat(
            Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/members").body())
                .select("#second-factor-policy")
                .text())
        .isEqualTo("Required of every member");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE partnership_id = ? AND action = 'SECOND_FACTOR_REQUIRED'",
                Long.class,
                partnershipId))
        .isEqualTo(1);

    SiteVisitor next = new SiteVisitor(url(""));
    assertThat(signInWithPassword(next, member).headers().firstValue("Location"))
        .hasValue("/sign-in/set-up-code");
    Document setUp = Jsoup.parse(next.get("/sign-in/set-up-code").body());
    assertThat(setUp.text())
        .contains(
            "You must use a second factor because a partnership you belong to requires it of every member.");
    assertThat(
            next.get("/partnerships/" + partnershipId).headers().firstValue("Location").orElse(""))
        .as("not signed in until it is set up")
        .endsWith("/sign-in");
    String secret = setUp.select("#secret").text().replace(" ", "");
    HttpResponse<String> done =
        next.submitForm(
            setUp, "main form", Map.of("code", TestCodes.code(secret, TestCodes.stepNow())));
    assertThat(done.headers().firstValue("Location")).hasValue("/sign-in/recovery-codes");
    assertThat(Jsoup.parse(next.get("/sign-in/recovery-codes").body()).select("#recovery-codes li"))
        .hasSize(10);
    HttpResponse<String> in = next.submitForm("/sign-in/recovery-codes", "main form", Map.of());
    assertThat(in.headers().firstValue("Location"))
        .hasValue("/partnerships/" + partnershipId + "?continue");
    assertThat(next.get("/partnerships/" + partnershipId).statusCode()).isEqualTo(200);

    Document remove = Jsoup.parse(next.get("/account/second-factor/remove").body());
    assertThat(remove.text())
        .contains("You cannot turn it off: a partnership you belong to requires");
    assertThat(remove.select("form[action=/account/second-factor/remove]")).isEmpty();
  }

  @Test
  void turningItOff_needsThePasswordAndACurrentCode() {
    Account member = users.givenAccount("Una Undo");
    users.givenSecondFactor(member.id());
    SiteVisitor browser = users.signedIn(url(""), member);

    HttpResponse<String> empty =
        browser.submitForm("/account/second-factor/remove", "main form", Map.of());
    assertThat(Jsoup.parse(empty.body()).select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter your password", "Enter the 6-digit code from your authenticator app");

    HttpResponse<String> wrongPassword =
        browser.submitForm(
            "/account/second-factor/remove",
            "main form",
            Map.of("password", "not my password at all", "code", users.nextCode(member.id())));
    assertThat(Jsoup.parse(wrongPassword.body()).select(".govuk-error-summary a").text())
        .isEqualTo("Your password or the code is not right. Check both and try again");

    HttpResponse<String> removed =
        browser.submitForm(
            "/account/second-factor/remove",
            "main form",
            Map.of("password", TestUsers.PASSWORD, "code", users.nextCode(member.id())));
    assertThat(removed.headers().firstValue("Location")).hasValue("/account/second-factor");
    assertThat(
            signInWithPassword(new SiteVisitor(url("")), member).headers().firstValue("Location"))
        .hasValue("/partnerships/after-sign-in");
    assertThat(actions(member)).contains("SECOND_FACTOR_REMOVAL_REFUSED", "SECOND_FACTOR_REMOVED");
  }

  @Test
  void theAdministratorMustSetOneUp_andCannotTurnItOff() {
    Account administrator = users.givenAdministrator("Ada Admin");
    jdbc.update("DELETE FROM second_factor WHERE account_id = ?", administrator.id());
    SiteVisitor browser = new SiteVisitor(url(""));
    assertThat(signInWithPassword(browser, administrator).headers().firstValue("Location"))
        .hasValue("/sign-in/set-up-code");
    assertThat(browser.get("/sign-in/set-up-code").body())
        .contains("You must use a second factor because you administer this service.");
    assertThat(browser.get("/admin").statusCode()).isNotEqualTo(200);
  }

  @Test
  void theAdministratorTurnsOffTheSecondFactorOfSomeoneWhoLostTheirPhoneAndCodes_neverTheirOwn() {
    Account administrator = users.givenAdministrator("Ada Helpdesk");
    Account member = users.givenAccount("Lola Lost");
    users.givenSecondFactor(member.id());
    SiteVisitor admin = users.signedIn(url(""), administrator);

    Document accounts = Jsoup.parse(admin.get("/admin/accounts").body());
    assertThat(
            accounts.select(
                "form[action=/admin/accounts/" + member.id() + "/second-factor/remove]"))
        .hasSize(1);
    assertThat(
            accounts.select(
                "form[action=/admin/accounts/" + administrator.id() + "/second-factor/remove]"))
        .as("never their own")
        .isEmpty();
    HttpResponse<String> removed =
        admin.submitForm(
            accounts,
            "form[action=/admin/accounts/" + member.id() + "/second-factor/remove]",
            Map.of());
    assertThat(removed.headers().firstValue("Location")).hasValue("/admin/accounts");
    assertThat(Jsoup.parse(admin.get("/admin/accounts").body()).text())
        .contains("Their second factor is turned off.");
    assertThat(
            signInWithPassword(new SiteVisitor(url("")), member).headers().firstValue("Location"))
        .hasValue("/partnerships/after-sign-in");

    admin.post(
        "/admin/accounts/" + administrator.id() + "/second-factor/remove",
        hiddenFields(admin, "/admin/accounts"));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM second_factor WHERE account_id = ?",
                Long.class,
                administrator.id()))
        .isEqualTo(1);
    SiteVisitor memberBrowser = users.signedIn(url(""), users.givenAccount("Nosy Member"));
    assertThat(
            memberBrowser
                .post(
                    "/admin/accounts/" + member.id() + "/second-factor/remove",
                    hiddenFields(memberBrowser, "/account"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_event WHERE actor_id = ?",
                String.class,
                administrator.id()))
        .containsOnlyOnce("SECOND_FACTOR_REMOVED_BY_ADMINISTRATOR");
  }

  /** A form's token and the like, from a page this browser was given, to send with another post. */
  private static Map<String, String> hiddenFields(SiteVisitor browser, String page) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    Jsoup.parse(browser.get(page).body())
        .select("form[action=/sign-out] input[type=hidden]")
        .forEach(input -> fields.put(input.attr("name"), input.val()));
    return fields;
  }

  private HttpResponse<String> signInWithPassword(SiteVisitor browser, Account account) {
    return browser.submitForm(
        "/sign-in", "main form", Map.of("email", account.email(), "password", TestUsers.PASSWORD));
  }

  /** Sets up the app through the settings pages, returning the recovery codes shown. */
  private List<String> setUp(Account account) {
    SiteVisitor browser = users.signedIn(url(""), account);
    Document setUp = Jsoup.parse(browser.get("/account/second-factor/set-up").body());
    String secret = setUp.select("#secret").text().replace(" ", "");
    browser.submitForm(
        setUp, "main form", Map.of("code", TestCodes.code(secret, TestCodes.stepNow())));
    return Jsoup.parse(browser.get("/account/second-factor/recovery-codes").body())
        .select("#recovery-codes li")
        .eachText();
  }

  private List<String> actions(Account account) {
    return jdbc.queryForList(
        "SELECT action FROM audit_event WHERE actor_id = ? ORDER BY id",
        String.class,
        account.id());
  }

  /** Draws the page's SVG path at 8 pixels a module and reads it as a phone's camera would. */
  private static String readQrCode(String viewBox, String path) throws Exception {
    int modules = Integer.parseInt(viewBox.split(" ")[2]);
    int scale = 8;
    int size = modules * scale;
    int[] pixels = new int[size * size];
    java.util.Arrays.fill(pixels, 0xffffffff);
    Matcher squares = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(path);
    while (squares.find()) {
      int x = Integer.parseInt(squares.group(1));
      int y = Integer.parseInt(squares.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * size + x * scale + dx] = 0xff000000;
        }
      }
    }
    var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }
}

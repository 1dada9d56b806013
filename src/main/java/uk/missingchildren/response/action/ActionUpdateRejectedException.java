package uk.missingchildren.response.action;

/**
 * An update that breaks one of the action's rules. The form checks the same rules first, so this is
 * reached only by a request that skipped the form; it names the message and the field it concerns.
 */
public class ActionUpdateRejectedException extends RuntimeException {

  private final String field;
  private final String messageKey;

  ActionUpdateRejectedException(String field, String messageKey) {
    super("Action update rejected: " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}

package uk.missingchildren.response.shared.forms;

/**
 * A message for the next page that must never be written down with its form's submission (such as a
 * secret link, of which only a hash is stored): a repeated form shows its page without it.
 */
public interface ShownOnce {}

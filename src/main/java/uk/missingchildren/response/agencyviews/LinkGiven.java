package uk.missingchildren.response.agencyviews;

import java.io.Serializable;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.shared.forms.ShownOnce;

/**
 * A person's new link, shown once to whoever made it (only its hash is stored), with what became of
 * the email that carried it, if one was sent.
 *
 * @param delivery null when no email address was given
 */
public record LinkGiven(String name, String link, Delivery delivery)
    implements Serializable, ShownOnce {}

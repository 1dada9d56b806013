package uk.missingchildren.response.shared.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that reaches partnership-owned records without a {@code PartnershipContext},
 * because access is established another way (a secret invitation link, or the person's own
 * memberships). The reason is required so a reviewer can judge it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CheckedWithoutContext {
  String value();
}

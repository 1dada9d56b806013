package uk.missingchildren.response.shared.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository whose records belong to one partnership. The architecture tests require every
 * public method of a service that uses one to take a {@code PartnershipContext} (proof of a
 * membership check), unless the method is marked {@link CheckedWithoutContext}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PartnershipOwned {}

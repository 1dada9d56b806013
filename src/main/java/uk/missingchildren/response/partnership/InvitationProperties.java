package uk.missingchildren.response.partnership;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an invitation link works. */
@ConfigurationProperties("app.invitations")
public record InvitationProperties(@DefaultValue("14d") Duration lifetime) {}

package uk.missingchildren.response.partnership;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a deleted partnership can still be restored by the site administrator before the purge
 * job removes it for good.
 */
@ConfigurationProperties("app.retention")
public record RetentionProperties(Duration deletedPartnerships) {}

package uk.missingchildren.response.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Housekeeping jobs (forgetting old form submissions, say) run whether or not reminders are on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}

package uk.missingchildren.response.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Lets services guard themselves with @PreAuthorize, as well as the URL rules. */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfig {}

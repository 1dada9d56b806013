/** Application-wide configuration that belongs to no single feature. */
package uk.missingchildren.response.config;

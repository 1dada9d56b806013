package uk.missingchildren.response.oversight;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not a group, or not one of yours, or a partnership it no longer sees: the same 404 for all. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OversightGroupNotFoundException extends RuntimeException {}

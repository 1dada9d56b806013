package uk.missingchildren.response.restore;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the servlet's limit ({@link RestoreConfig}) is refused before any controller runs, so
 * no form object and no page frame exist yet to report it on. Instead of the bare 413 Spring would
 * answer, the person is sent back to the upload page, which says the file is too large, in the same
 * words as for a file the reader refuses. The data file is the only upload, so the upload page is
 * the only page such a request can have come from.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(RedirectAttributes redirect) {
    redirect.addFlashAttribute(RestoreController.TOO_LARGE, true);
    return "redirect:" + RestorePages.UPLOAD;
  }
}

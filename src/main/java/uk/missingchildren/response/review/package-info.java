/**
 * Stage two: a partnership's checklist reviews (one round of one thematic checklist, called a
 * review throughout: here, in templates/review, in review.* messages and under /reviews), each item
 * rated for how far the area meets it and how much impact it has on children, the summary with the
 * priorities that follow from them, and completion. The actions the summary lists beside each item
 * come through {@link uk.missingchildren.response.review.ReviewActions}, which the action package
 * implements, so this package does not depend on it.
 */
package uk.missingchildren.response.review;

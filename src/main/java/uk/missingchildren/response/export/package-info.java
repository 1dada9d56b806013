/** Downloads for working offline: blank checklists (PDF, Word) and the information sheet (PDF). */
package uk.missingchildren.response.export;

// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { initSessionTimeout } from './session-timeout.js';
import { initAutosave } from './autosave.js';
import { initPrintButtons } from './print-button.js';
import { initPresenterKeys } from './presenter-keys.js';
import { initFollow } from './follow.js';

initAll();
initSessionTimeout(document.getElementById('session-timeout'));
initAutosave(document.querySelectorAll('form[data-autosave]'));
initPrintButtons();
initPresenterKeys(document.getElementById('presenter-keys'));
initFollow(document.getElementById('meeting-now'));

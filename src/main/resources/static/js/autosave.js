// Saves answers in the background, so each is on the server the moment it is given. Used by the
// stage-one question page (one form) and the checklist section pages (one form per item). Without
// JavaScript the same forms are saved by their buttons; this only adds to them.
// Each form's saves run one at a time and carry the revision the previous one returned, so a page
// never conflicts with itself. If the server reports a conflict, a locked record or an ended
// session, that form stops saving in the background and says to press its button, which shows both
// versions, or keeps the change through signing in again.

const TYPING_PAUSE_MS = 1500;

// "12 of 26 questions answered" on the question page counts this question once its answer is saved,
// so the count never contradicts "Saved at …" beside it.
function showProgress(form) {
  const progress = document.querySelector('[data-progress-template]');
  if (!progress || !form.querySelector('input[name="answer"]')) {
    return;
  }
  const answered = Number(progress.dataset.answeredElsewhere)
    + (form.querySelector('input[name="answer"]:checked') ? 1 : 0);
  progress.textContent = progress.dataset.progressTemplate.replace('{0}', String(answered));
}

// Someone else saved this, the session ended or the meeting was submitted: easy to miss as a line by
// the button, so a GOV.UK notification banner above the form says it and takes focus.
function showBanner(form, message) {
  const id = `${form.id || 'autosave'}-banner`;
  let banner = document.getElementById(id);
  if (!banner) {
    banner = document.createElement('div');
    banner.id = id;
    banner.className = 'govuk-notification-banner app-autosave-banner';
    banner.setAttribute('role', 'alert');
    banner.setAttribute('tabindex', '-1');
    banner.setAttribute('aria-labelledby', `${id}-title`);
    const header = document.createElement('div');
    header.className = 'govuk-notification-banner__header';
    const title = document.createElement('h2');
    title.className = 'govuk-notification-banner__title';
    title.id = `${id}-title`;
    title.textContent = form.dataset.bannerTitle || '';
    header.appendChild(title);
    const content = document.createElement('div');
    content.className = 'govuk-notification-banner__content';
    const heading = document.createElement('p');
    heading.className = 'govuk-notification-banner__heading';
    content.appendChild(heading);
    banner.append(header, content);
    form.parentNode.insertBefore(banner, form);
  }
  banner.querySelector('.govuk-notification-banner__heading').textContent = message;
  banner.focus();
}

function createSaver(form) {
  const status = form.querySelector('[data-autosave-status]');
  const revision = form.querySelector('input[name="revision"]');
  let timer = null;
  let running = Promise.resolve();
  let inFlight = 0;
  let dirty = false;
  let stopped = false;

  const say = (message) => {
    if (status) {
      status.textContent = message;
    }
    // The presenter view's bar repeats it for the room; the form's own status is the one announced.
    document.querySelectorAll('[data-autosave-mirror]').forEach((mirror) => {
      mirror.textContent = message;
    });
  };

  const send = async () => {
    if (!dirty || stopped) {
      return;
    }
    dirty = false;
    let response;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      });
    } catch (networkError) {
      dirty = true;
      say(form.dataset.failedMessage);
      return;
    }
    const result = await response.json().catch(() => ({}));
    if (response.ok && result.status === 'saved') {
      revision.value = result.revision ?? '';
      if (result.savedAt) {
        say(form.dataset.savedMessage.replace('{0}', result.savedAt));
      }
      showProgress(form);
      document.dispatchEvent(new CustomEvent('app:session-refreshed'));
      return;
    }
    const stopsSaving = { conflict: 'conflictMessage', 'signed-out': 'signedOutMessage', submitted: 'submittedMessage' };
    dirty = true;
    if (stopsSaving[result.status]) {
      stopped = true;
      say(form.dataset[stopsSaving[result.status]]);
      showBanner(form, form.dataset[stopsSaving[result.status]]);
    } else if (result.status === 'invalid') {
      say(form.dataset.invalidMessage || form.dataset.failedMessage);
    } else {
      say(form.dataset.failedMessage);
    }
  };

  const saveNow = () => {
    clearTimeout(timer);
    timer = null;
    inFlight += 1;
    running = running.then(send).finally(() => {
      inFlight -= 1;
    });
    return running;
  };

  form.addEventListener('change', (event) => {
    dirty = true;
    if (event.target.type === 'radio') {
      saveNow();
    }
  });
  form.addEventListener('input', (event) => {
    if (event.target.tagName === 'TEXTAREA') {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(saveNow, TYPING_PAUSE_MS);
    }
  });
  form.addEventListener('focusout', (event) => {
    if (event.target.tagName === 'TEXTAREA' && dirty) {
      saveNow();
    }
  });

  return {
    form,
    saveNow,
    pending: () => !stopped && (dirty || inFlight > 0),
    unsaved: () => dirty && !stopped,
    stop: () => {
      dirty = false;
      stopped = true;
    },
  };
}

export function initAutosave(forms) {
  const savers = [...forms].filter(() => window.fetch).map(createSaver);
  if (savers.length === 0) {
    return;
  }
  const saveAll = () => Promise.all(savers.filter((s) => s.pending()).map((s) => s.saveNow()));

  // A form's own button waits for every background save in flight, so it sends the latest revision
  // and nothing typed in another item is lost when the page changes.
  savers.forEach((saver) => {
    saver.form.addEventListener('submit', (event) => {
      if (saver.form.dataset.waited === 'true') {
        return;
      }
      event.preventDefault();
      // form.submit() sends no button, so a named button's choice (where to go next) rides along.
      const button = event.submitter;
      const others = savers.filter((s) => s !== saver);
      Promise.all([saver.saveNow(), ...others.filter((s) => s.pending()).map((s) => s.saveNow())]).then(() => {
        saver.form.dataset.waited = 'true';
        saver.stop();
        if (button && button.name) {
          const choice = document.createElement('input');
          choice.type = 'hidden';
          choice.name = button.name;
          choice.value = button.value;
          saver.form.appendChild(choice);
        }
        saver.form.submit();
      });
    });
  });

  // Leaving by a link first finishes saving what was typed.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey
        || link.target === '_blank' || !savers.some((s) => s.pending())) {
      return;
    }
    event.preventDefault();
    saveAll().then(() => {
      window.location.href = link.href;
    });
  });

  // Closing the tab mid-sentence: send what is there as an ordinary form post, which the server
  // saves exactly as the button would.
  window.addEventListener('pagehide', () => {
    savers.filter((s) => s.unsaved()).forEach((s) => {
      if (navigator.sendBeacon) {
        navigator.sendBeacon(s.form.action, new URLSearchParams(new FormData(s.form)));
      }
    });
  });
}

// Saves a question page in the background, so an answer is on the server the moment it is given.
// Without JavaScript the same form is saved by "Save and continue"; this only adds to it.
// Saves run one at a time and each carries the revision the previous one returned, so the page
// never conflicts with itself. If the server reports a conflict, a submitted benchmark or an
// ended session, background saving stops and the person is told to press "Save and continue",
// which shows both versions, or keeps their change through signing in again.

const TYPING_PAUSE_MS = 1500;

export function initAutosave(form) {
  if (!form || !window.fetch) {
    return;
  }
  const status = document.getElementById('autosave-status');
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
  };

  const send = async () => {
    if (!dirty || stopped) {
      return;
    }
    dirty = false;
    const body = new URLSearchParams(new FormData(form));
    let response;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body,
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
      document.dispatchEvent(new CustomEvent('app:session-refreshed'));
      return;
    }
    const stopsSaving = { conflict: 'conflictMessage', 'signed-out': 'signedOutMessage', submitted: 'submittedMessage' };
    if (stopsSaving[result.status]) {
      stopped = true;
      dirty = true;
      say(form.dataset[stopsSaving[result.status]]);
    } else {
      dirty = true;
      say(form.dataset.failedMessage);
    }
  };

  // Chains saves so only one is ever in flight.
  const saveNow = () => {
    clearTimeout(timer);
    timer = null;
    inFlight += 1;
    running = running.then(send).finally(() => {
      inFlight -= 1;
    });
    return running;
  };

  const saveSoon = () => {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(saveNow, TYPING_PAUSE_MS);
  };

  form.addEventListener('change', (event) => {
    dirty = true;
    if (event.target.type === 'radio') {
      saveNow();
    }
  });
  form.addEventListener('input', (event) => {
    if (event.target.tagName === 'TEXTAREA') {
      saveSoon();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (event.target.tagName === 'TEXTAREA' && dirty) {
      saveNow();
    }
  });

  // "Save and continue" waits for a background save in flight, so it sends the latest revision.
  form.addEventListener('submit', (event) => {
    if (form.dataset.waited === 'true') {
      return;
    }
    event.preventDefault();
    clearTimeout(timer);
    running.then(() => {
      form.dataset.waited = 'true';
      // The form itself now carries everything; nothing is left for a background save.
      dirty = false;
      stopped = true;
      form.submit();
    });
  });

  // Leaving by a link (previous, next, back) first finishes saving what was typed.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || stopped || (!dirty && inFlight === 0) || event.defaultPrevented
        || event.ctrlKey || event.metaKey || event.shiftKey || link.target === '_blank') {
      return;
    }
    event.preventDefault();
    saveNow().then(() => {
      if (!stopped) {
        window.location.href = link.href;
      }
    });
  });

  // Closing the tab mid-sentence: send what is there as an ordinary form post, which the server
  // saves exactly as "Save and continue" would.
  window.addEventListener('pagehide', () => {
    if (dirty && !stopped && navigator.sendBeacon) {
      navigator.sendBeacon(form.action, new URLSearchParams(new FormData(form)));
    }
  });
}

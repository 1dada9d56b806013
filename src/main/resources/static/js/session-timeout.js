// GOV.UK timeout warning: a few minutes before an idle session ends, offer to stay signed in.
// Without JavaScript there is no warning, but a form posted after the session ends is kept
// and offered again after signing in, so nothing typed is lost either way.

export function initSessionTimeout(dialog) {
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  const timeoutMs = Number(dialog.dataset.timeoutSeconds) * 1000;
  const warningMs = Math.min(Number(dialog.dataset.warningSeconds) * 1000, timeoutMs / 2);
  const countdown = dialog.querySelector('.app-timeout-dialog__countdown');
  const warning = dialog.querySelector('[data-timeout-state="warning"]');
  const ended = dialog.querySelector('[data-timeout-state="ended"]');
  let expiresAt = 0;
  let warnTimer;
  let tick;

  const minutesText = (ms) => {
    const minutes = Math.max(1, Math.ceil(ms / 60000));
    return `${minutes} ${minutes === 1 ? dialog.dataset.textMinute : dialog.dataset.textMinutes}`;
  };

  const showEnded = () => {
    clearInterval(tick);
    warning.hidden = true;
    ended.hidden = false;
    ended.querySelector('button').focus();
  };

  const update = () => {
    const left = expiresAt - Date.now();
    if (left <= 0) {
      showEnded();
    } else if (countdown.textContent !== minutesText(left)) {
      countdown.textContent = minutesText(left);
    }
  };

  const warn = () => {
    update();
    dialog.showModal();
    tick = setInterval(update, 1000);
  };

  const restart = () => {
    clearTimeout(warnTimer);
    clearInterval(tick);
    expiresAt = Date.now() + timeoutMs;
    warnTimer = setTimeout(warn, timeoutMs - warningMs);
  };

  dialog.querySelector('[data-timeout-action="stay"]').addEventListener('click', async () => {
    const headers = {};
    headers[dialog.dataset.csrfHeader] = dialog.dataset.csrfToken;
    const response = await fetch(dialog.dataset.keepAliveUrl, { method: 'POST', headers, credentials: 'same-origin' });
    if (response.ok) {
      dialog.close();
      restart();
    } else {
      showEnded();
    }
  });
  dialog.querySelector('[data-timeout-action="close"]').addEventListener('click', () => dialog.close());
  // Escape would otherwise hide the warning without keeping the session alive.
  dialog.addEventListener('cancel', (event) => event.preventDefault());

  // A background save (see autosave.js) is activity too: it keeps the session alive on the server.
  document.addEventListener('app:session-refreshed', () => {
    if (!dialog.open) {
      restart();
    }
  });

  restart();
}

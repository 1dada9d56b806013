// "Follow this meeting": listens to the meeting's stream of server-sent events and, when it says
// what is shown has changed, fetches the changing part of the page again and puts it in place.
// Focus stays where it is; a status message tells screen reader users what moved. Without
// JavaScript (or EventSource) the page refreshes itself instead (a <noscript> refresh).

export function initFollow(root) {
  if (!root || typeof window.EventSource !== 'function' || typeof window.fetch !== 'function') {
    return;
  }
  const status = document.getElementById('follow-status');
  const shown = () => root.firstElementChild || root;
  let fetching = false;
  let fetchAgain = false;

  const refresh = async () => {
    if (fetching) {
      fetchAgain = true;
      return;
    }
    fetching = true;
    try {
      const response = await fetch(root.dataset.nowUrl, {
        credentials: 'same-origin',
        headers: { Accept: 'text/html' },
      });
      if (response.redirected || !response.ok) {
        // Signed out, or the meeting is no longer there: the whole page says which.
        window.location.reload();
        return;
      }
      const before = shown().dataset.announce;
      root.innerHTML = await response.text();
      const after = shown().dataset.announce;
      if (status && after && after !== before) {
        status.textContent = after;
      }
      document.dispatchEvent(new CustomEvent('app:session-refreshed'));
    } catch (offline) {
      // The stream reconnects by itself and says again what is shown; the next change fetches.
    } finally {
      fetching = false;
      if (fetchAgain) {
        fetchAgain = false;
        refresh();
      }
    }
  };

  const events = new EventSource(root.dataset.eventsUrl);
  events.addEventListener('now', (event) => {
    if (event.data !== shown().dataset.fingerprint) {
      refresh();
    }
  });
  // Each stream is a request that keeps the session alive on the server.
  events.addEventListener('open', () => document.dispatchEvent(new CustomEvent('app:session-refreshed')));
}

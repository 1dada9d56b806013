// Keyboard shortcuts in the presenter view: a number chooses that answer, N goes to the next
// question and P to the previous one. They never fire while someone is typing in a box or with a
// modifier key held, and (WCAG 2.1.4) a button on the page turns them off, remembered in this
// browser.
const OFF = 'presenterKeysOff';

function typing(target) {
  return target.closest('textarea, select, [contenteditable="true"]')
    || (target.matches('input') && !['radio', 'checkbox', 'submit', 'button'].includes(target.type));
}

function storedOff() {
  try {
    return window.localStorage.getItem(OFF) === 'true';
  } catch (e) {
    return false;
  }
}

function store(off) {
  try {
    window.localStorage.setItem(OFF, String(off));
  } catch (e) {
    // Private browsing without storage: the choice lasts this page only.
  }
}

export function initPresenterKeys(panel) {
  if (!panel || !document.documentElement.classList.contains('app-presenter')) {
    return;
  }
  const toggle = panel.querySelector('[data-presenter-keys-toggle]');
  const state = panel.querySelector('[data-presenter-keys-state]');
  let off = storedOff();
  const show = () => {
    state.textContent = off ? panel.dataset.offText : panel.dataset.onText;
    toggle.textContent = off ? panel.dataset.turnOnText : panel.dataset.turnOffText;
  };
  panel.hidden = false;
  toggle.hidden = false;
  show();
  toggle.addEventListener('click', () => {
    off = !off;
    store(off);
    show();
  });

  document.addEventListener('keydown', (event) => {
    if (off || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey
        || typing(event.target)) {
      return;
    }
    const key = event.key.toLowerCase();
    const options = [...document.querySelectorAll('.app-presenter-answers input[type="radio"]')];
    const number = Number.parseInt(key, 10);
    if (number >= 1 && number <= options.length) {
      event.preventDefault();
      options[number - 1].click();
      options[number - 1].focus();
    } else if (key === 'n' || key === 'p') {
      const link = document.querySelector(key === 'n' ? 'a[rel="next"]' : 'a[rel="prev"]');
      if (link) {
        event.preventDefault();
        link.click();
      }
    }
  });
}

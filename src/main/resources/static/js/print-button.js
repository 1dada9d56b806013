// "Print this page" buttons start hidden, so without JavaScript nobody meets a button that does
// nothing: the page tells them how to print from the browser instead.
export function initPrintButtons(root = document) {
  root.querySelectorAll('.app-print-button').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
}

// Runs before the page is drawn, so GOV.UK Frontend's JavaScript-only styles apply from the start
// and nothing jumps. A file rather than an inline script: the Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

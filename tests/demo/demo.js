// The demo host's own dark-mode switch: it darkens the article and tells every iframe
// embed through embed.js's one global, window.JingjinEmbed.
(function () {
  'use strict';
  var button = document.getElementById('demo-theme');
  if (!button) return;
  button.addEventListener('click', function () {
    var dark = document.documentElement.classList.toggle('dark');
    button.setAttribute('aria-pressed', String(dark));
    if (window.JingjinEmbed) window.JingjinEmbed.setTheme(dark ? 'dark' : 'light');
  });
})();

// The receipt's QR code opens /tra-cuu?ma=<code>#secret=<secret>. The fragment never reaches the server
// (no log, proxy or history of the server keeps it): copy it into the form, then drop it from the
// address bar and the browser's history entry.
(function () {
  var match = /(?:^#|&)secret=([^&]*)/.exec(window.location.hash);
  if (!match) {
    return;
  }
  var field = document.getElementById('secret');
  if (field) {
    field.value = decodeURIComponent(match[1]).replace(/[^A-Za-z0-9-]/g, '').slice(0, 20);
    var code = document.getElementById('code');
    (code && !code.value ? code : field.form.querySelector('button[type=submit]')).focus();
  }
  if (window.history && window.history.replaceState) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
})();

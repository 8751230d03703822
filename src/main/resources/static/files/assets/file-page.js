/*
 * The file page's only script (the page's policy allows no inline script). Inside Tasklist's "Hồ sơ"
 * tab the page drops its own top bar; "In" prints the letter's PDF from a hidden frame instead of
 * leaving the page, and falls back to opening the PDF (the link's own target) when printing from a
 * frame is not possible.
 */
(function () {
  if (window.self !== window.top) {
    document.documentElement.classList.add('framed');
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.print');
    if (!link) {
      return;
    }
    event.preventDefault();
    var frame = document.createElement('iframe');
    frame.className = 'print-frame';
    frame.setAttribute('aria-hidden', 'true');
    frame.addEventListener('load', function () {
      try {
        frame.contentWindow.focus();
        frame.contentWindow.print();
      } catch (e) {
        window.open(link.href, '_blank', 'noopener');
      }
    });
    frame.src = link.href;
    document.body.appendChild(frame);
  });
})();

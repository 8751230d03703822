/*
 * Motcua: the officer's file page (/files/{code}) in a webapp's tab, shared by Tasklist's task tab
 * and Cockpit's process instance tab (scripts/file-tab.js of each, which find the file code their
 * own way). The page accepts the webapp's login, so nobody logs in again, and it checks itself that
 * the officer's unit may read the file.
 */
const FILE_PAGE = '/files/';

function message(node, text) {
  const paragraph = document.createElement('p');
  paragraph.className = 'motcua-file-tab-message';
  paragraph.textContent = text;
  node.appendChild(paragraph);
}

function showFilePage(node, code) {
  const address = FILE_PAGE + encodeURIComponent(code);
  const link = document.createElement('a');
  link.className = 'motcua-file-tab-open';
  link.href = address;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Mở hồ sơ ' + code + ' trong thẻ mới';
  node.appendChild(link);
  const frame = document.createElement('iframe');
  frame.className = 'motcua-file-tab-frame';
  frame.title = 'Hồ sơ ' + code;
  frame.src = address;
  node.appendChild(frame);
}

/**
 * Reads the engine resource at `url` with the officer's own rights, takes the file code from it
 * with `codeOf`, and shows that file's page; otherwise says why not (`none`: no file, `unreadable`).
 */
export function showFileOf(node, url, codeOf, none, unreadable) {
  node.innerHTML = '';
  fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((body) => {
      const code = body && codeOf(body);
      if (code) {
        showFilePage(node, code);
      } else {
        message(node, none);
      }
    })
    .catch(() => message(node, unreadable));
}

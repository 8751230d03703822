/*
 * Motcua: a "Hồ sơ" tab on every task in Tasklist, showing the officer's file page (/files/{code}) of
 * the task's file. The code is the task's "dossierCode" variable (the file code, also the business key),
 * read with the officer's own rights on the task; the page itself checks that the officer's unit may
 * read the file, and needs no second login (it accepts Tasklist's session).
 */
const FILE_PAGE = '/files/';

function message(node, text) {
  const paragraph = document.createElement('p');
  paragraph.className = 'motcua-file-tab-message';
  paragraph.textContent = text;
  node.appendChild(paragraph);
}

export default {
  id: 'motcua-file-tab',
  pluginPoint: 'tasklist.task.detail',
  label: 'Hồ sơ',
  priority: 900, // after the form (1000), before the history (800)
  render: (node, { taskId, api }) => {
    node.innerHTML = '';
    fetch(api.engineApi + '/task/' + encodeURIComponent(taskId) + '/variables/dossierCode?deserializeValue=false', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((variable) => {
        const code = variable && variable.value;
        if (!code) {
          message(node, 'Công việc này không gắn với hồ sơ nào.');
          return;
        }
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
      })
      .catch(() => message(node, 'Không đọc được mã hồ sơ của công việc này.'));
  }
};

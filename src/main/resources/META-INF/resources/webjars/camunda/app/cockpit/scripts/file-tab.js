/*
 * Motcua: a "Hồ sơ" tab in Cockpit's process instance view, showing the officer's file page
 * (/files/{code}) of the instance's file: the file code is the instance's business key. The page
 * accepts Cockpit's session, so the supervisor does not log in again.
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
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  label: 'Hồ sơ',
  priority: 20,
  render: (node, { processInstanceId, api }) => {
    node.innerHTML = '';
    fetch(api.engineApi + '/process-instance/' + encodeURIComponent(processInstanceId), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((instance) => {
        const code = instance && instance.businessKey;
        if (!code) {
          message(node, 'Phiên quy trình này không gắn với hồ sơ nào.');
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
      .catch(() => message(node, 'Không đọc được mã hồ sơ của phiên quy trình này.'));
  }
};

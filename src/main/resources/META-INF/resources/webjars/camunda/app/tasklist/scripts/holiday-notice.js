/*
 * Motcua: tells the desk, in Tasklist's top bar, when appointment dates rest on holidays computed
 * from the Labour Code because the official schedule of the year is not out yet (this year; next
 * year from November on, when files accepted now fall due across its Tết). The log line at start-up
 * is seen by nobody at the desk. The text comes from the public GET /api/calendar/notices; nothing
 * is shown when it is empty or cannot be read.
 */
const NOTICES = '/api/calendar/notices';

function label(years) {
  return 'Lịch nghỉ lễ, Tết năm ' + years.join(', ') + ' chưa có văn bản chính thức';
}

export default {
  id: 'holiday-notice-action',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    fetch(NOTICES, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : { notices: [] }))
      .then((body) => {
        const notices = (body && body.notices) || [];
        if (notices.length === 0) {
          return;
        }
        const link = document.createElement('a');
        link.href = '#';
        link.className = 'motcua-holiday-notice';
        link.setAttribute('role', 'button');
        link.textContent = '\u26a0 ' + label(notices.map((n) => n.year));
        link.title = notices.map((n) => n.text).join('\n\n');

        const panel = document.createElement('div');
        panel.className = 'motcua-holiday-notice-panel';
        panel.hidden = true;
        notices.forEach((n) => {
          const paragraph = document.createElement('p');
          paragraph.textContent = n.text;
          panel.appendChild(paragraph);
        });
        link.addEventListener('click', (event) => {
          event.preventDefault();
          panel.hidden = !panel.hidden;
        });
        node.appendChild(link);
        node.appendChild(panel);
      })
      .catch(() => undefined);
  }
};

/*
 * Motcua: right after the desk starts a reception in Tasklist ("Bắt đầu quy trình" with the reception
 * form), Tasklist itself only says that a process started. The desk must tell the applicant the file
 * code and the appointment and hand over the receipt, so this shows both, with a button that opens the
 * receipt. The file is found among the officer's latest files (GET /desk/files/latest-received, read
 * with the Tasklist session: no second password) by the process instance Tasklist just started.
 */
const LATEST = '/desk/files/latest-received';
const STARTED = /\/process-definition\/[^/]+\/(submit-form|start)(\?.*)?$/;
const TRIES = 5;

function watchStarts(onStarted) {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.motcuaStart = String(method).toUpperCase() === 'POST' && STARTED.test(String(url));
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (this.motcuaStart) {
      this.addEventListener('load', () => {
        if (this.status >= 200 && this.status < 300) {
          try {
            onStarted(JSON.parse(this.responseText).id);
          } catch (e) {
            // not an instance: nothing to show
          }
        }
      });
    }
    return send.apply(this, args);
  };
}

function findFile(processInstanceId, triesLeft, show) {
  fetch(LATEST, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : []))
    .then((files) => {
      const file = (files || []).find((f) => f.processInstanceId === processInstanceId);
      if (file) {
        show(file);
      } else if (triesLeft > 1) {
        setTimeout(() => findFile(processInstanceId, triesLeft - 1, show), 700);
      }
    })
    .catch(() => undefined);
}

function show(file) {
  const old = document.querySelector('.motcua-reception-receipt');
  if (old) {
    old.remove();
  }
  const panel = document.createElement('div');
  panel.className = 'motcua-reception-receipt';
  panel.setAttribute('role', 'status');
  const message = document.createElement('p');
  message.className = 'motcua-reception-message';
  message.textContent = file.message;
  panel.appendChild(message);
  if (file.applicantName) {
    const who = document.createElement('p');
    who.className = 'motcua-reception-applicant';
    who.textContent = 'Người nộp: ' + file.applicantName + ' · ' + file.procedureName;
    panel.appendChild(who);
  }
  const actions = document.createElement('div');
  actions.className = 'motcua-reception-actions';
  if (file.receiptPath) {
    const print = document.createElement('a');
    print.className = 'btn btn-primary motcua-print-receipt';
    print.href = file.receiptPath;
    print.target = '_blank';
    print.rel = 'noopener';
    print.textContent = 'In giấy tiếp nhận';
    actions.appendChild(print);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-default motcua-close-receipt';
  close.textContent = 'Đóng';
  close.addEventListener('click', () => panel.remove());
  actions.appendChild(close);
  panel.appendChild(actions);
  document.body.appendChild(panel);
}

export default {
  id: 'reception-receipt',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: () => {
    if (!window.motcuaReceptionWatched) {
      window.motcuaReceptionWatched = true;
      watchStarts((processInstanceId) => findFile(processInstanceId, TRIES, show));
    }
  }
};

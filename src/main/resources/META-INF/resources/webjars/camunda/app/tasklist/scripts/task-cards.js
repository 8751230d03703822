/*
 * Motcua: the task cards as the units read them.
 *  - Lists open sorted by the file's appointment (the filters' own order; Tasklist otherwise starts
 *    every list by creation date, from the "sorting" of its address), and that sort is named in
 *    Vietnamese instead of by its variable.
 *  - The appointment prints as dd/MM/yyyy (the variable is yyyy-MM-dd, so that it sorts).
 *  - A card whose step or appointment is past due is marked "Quá hạn" (red), one due within two days
 *    "Sắp đến hạn" (orange), as the filters of the same names count them.
 */
const APPOINTMENT = 'dossierDueDate';
const APPOINTMENT_LABEL = 'Hạn trả kết quả';
const NEAR_MS = 2 * 24 * 3600 * 1000;
const BY_APPOINTMENT = JSON.stringify([
  { sortBy: 'processVariable', sortOrder: 'asc', parameters: { variable: APPOINTMENT, type: 'String' } }
]);

// A list opened without a chosen sort (a fresh Tasklist, a bookmarked or typed address) gets the
// appointment's; a sort the officer chose stays in the address and is kept.
function sortByAppointment() {
  const hash = window.location.hash;
  const list = hash === '' || hash === '#' || hash === '#/' || hash.startsWith('#/?');
  if (!list || /[?&]sorting=/.test(hash)) {
    return;
  }
  const path = hash.startsWith('#/') ? hash : '#/';
  const separator = path.indexOf('?') >= 0 ? '&' : '?';
  window.history.replaceState(null, '', path + separator + 'sorting=' + encodeURIComponent(BY_APPOINTMENT));
}
sortByAppointment();
window.addEventListener('hashchange', sortByAppointment);

/** The step's due moment from the card's tooltip ("thứ hai, 07/12/2026 16:30"), or null. */
function stepDue(card) {
  const due = card.querySelector('.due-date span[am-time-ago]');
  const text = due && due.getAttribute('uib-tooltip');
  const m = text && /(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/.exec(text);
  return m ? new Date(+m[3], m[2] - 1, +m[1], +m[4], +m[5]) : null;
}

/** Prints the appointment as dd/MM/yyyy once; returns the end of that day, or null. */
function appointment(card) {
  let end = null;
  card.querySelectorAll('.variable-item').forEach((item) => {
    const label = item.querySelector('.variable-label');
    const value = item.querySelector('.variable-value');
    if (!label || !value || label.getAttribute('uib-tooltip') !== APPOINTMENT) {
      return;
    }
    item.classList.add('motcua-appointment');
    const iso = value.dataset.iso || value.textContent.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) {
      return;
    }
    const day = m[3] + '/' + m[2] + '/' + m[1];
    if (value.textContent.trim() !== day) {
      value.dataset.iso = iso;
      value.textContent = day;
    }
    end = new Date(+m[1], m[2] - 1, +m[3], 23, 59, 59);
  });
  return end;
}

function mark(card) {
  const now = Date.now();
  const dates = [stepDue(card), appointment(card)].filter((d) => d);
  const overdue = dates.some((d) => d.getTime() < now);
  const near = !overdue && dates.some((d) => d.getTime() - now < NEAR_MS);
  card.classList.toggle('motcua-overdue', overdue);
  card.classList.toggle('motcua-near-due', near);
  const text = overdue ? 'Quá hạn' : near ? 'Sắp đến hạn' : null;
  let badge = card.querySelector('.motcua-due-badge');
  if (!text) {
    if (badge) {
      badge.remove();
    }
    return;
  }
  if (!badge) {
    badge = document.createElement('span');
    badge.className = 'motcua-due-badge';
    const names = card.querySelector('.names');
    if (!names) {
      return;
    }
    names.insertBefore(badge, names.firstChild);
  }
  if (badge.textContent !== text) {
    badge.textContent = text;
  }
}

function nameSorts() {
  document.querySelectorAll('[cam-sorting-choices] .dropdown-toggle').forEach((toggle) => {
    toggle.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE && node.textContent.trim() === APPOINTMENT) {
        node.textContent = node.textContent.replace(APPOINTMENT, APPOINTMENT_LABEL);
      }
    });
    toggle.querySelectorAll('span').forEach((span) => {
      if (span.children.length === 0 && span.textContent.trim() === APPOINTMENT) {
        span.textContent = APPOINTMENT_LABEL;
      }
    });
  });
}

let pending = false;
function refresh() {
  if (pending) {
    return;
  }
  pending = true;
  window.requestAnimationFrame(() => {
    pending = false;
    document.querySelectorAll('ol.tasks-list > li.task').forEach(mark);
    nameSorts();
  });
}

export default {
  id: 'task-cards',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: () => {
    if (!window.motcuaCardsWatched) {
      window.motcuaCardsWatched = true;
      new MutationObserver(refresh).observe(document.body, { childList: true, subtree: true, characterData: true });
      // due soon becomes overdue while the list stays open
      setInterval(refresh, 60 * 1000);
      refresh();
    }
  }
};

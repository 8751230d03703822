/*
 * Motcua: a "Hồ sơ" tab on every task in Tasklist, showing the officer's file page of the task's
 * file (file-frame.js). The code is the task's "dossierCode" variable (the file code, also the
 * business key), read with the officer's own rights on the task.
 */
import { showFileOf } from './file-frame.js';

export default {
  id: 'motcua-file-tab',
  pluginPoint: 'tasklist.task.detail',
  label: 'Hồ sơ',
  priority: 900, // after the form (1000), before the history (800)
  render: (node, { taskId, api }) => showFileOf(node,
    api.engineApi + '/task/' + encodeURIComponent(taskId) + '/variables/dossierCode?deserializeValue=false',
    (variable) => variable.value,
    'Công việc này không gắn với hồ sơ nào.',
    'Không đọc được mã hồ sơ của công việc này.')
};

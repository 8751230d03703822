/*
 * Motcua: a "Hồ sơ" tab in Cockpit's process instance view, showing the officer's file page of the
 * instance's file (Tasklist's file-frame.js, served beside Cockpit): the file code is the
 * instance's business key.
 */
import { showFileOf } from '../../tasklist/scripts/file-frame.js';

export default {
  id: 'motcua-file-tab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  label: 'Hồ sơ',
  priority: 20,
  render: (node, { processInstanceId, api }) => showFileOf(node,
    api.engineApi + '/process-instance/' + encodeURIComponent(processInstanceId),
    (instance) => instance.businessKey,
    'Phiên quy trình này không gắn với hồ sơ nào.',
    'Không đọc được mã hồ sơ của phiên quy trình này.')
};

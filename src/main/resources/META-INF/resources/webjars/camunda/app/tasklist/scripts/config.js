/*
 * Motcua: Tasklist in Vietnamese for the one-stop desk. Replaces the webjar's scripts/config.js
 * (camunda-webapp-webjar 7.24.0); the shortcuts are the webjar's own, described in Vietnamese.
 * The labels are in ../locales/vi.json, which also defines the "vi" moment.js locale (dateLocales).
 */
export default {
  app: {
    name: 'Công việc',
    vendor: 'Một cửa ·'
  },

  // moment.js formats, read by camDate: "normal" in lists, "long" in tooltips, "day"/"monthName" in the history.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // ES modules under app/tasklist/ (webjar 7.24.0 imports each one and registers its default export
  // as a plugin): the banner saying when holidays are only computed (Labour Code, no official notice),
  // the "Hồ sơ" tab of every task (the file page), the file code, appointment and receipt after a
  // reception, the task cards' dates and due marks, and the forms' date fields in dd/MM/yyyy on a
  // browser in any language.
  customScripts: ['scripts/holiday-notice.js', 'scripts/file-tab.js', 'scripts/reception-receipt.js',
    'scripts/task-cards.js', 'scripts/day-first-dates.js'],

  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};

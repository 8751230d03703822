/*
 * Motcua: Cockpit in Vietnamese for the supervisors. Replaces the webjar's scripts/config.js
 * (camunda-webapp-webjar 7.24.0), whose settings were all commented out; the labels are in
 * ../locales/vi.json, which also defines the "vi" moment.js locale.
 */
export default {
  app: {
    name: 'Giám sát quy trình',
    vendor: 'Một cửa ·'
  },

  // moment.js formats of the camDate filter; applied by scripts/date-formats.js (7.24 does not read
  // them itself outside Tasklist). The "vi" locale of ../locales/vi.json names months and weekdays.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // the date formats above, and the "Hồ sơ" tab of a process instance (the file page)
  customScripts: ['scripts/date-formats', 'scripts/file-tab.js'],

  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  }
};

/*
 * Motcua: the webapps' start page in Vietnamese. Replaces the webjar's scripts/config.js
 * (camunda-webapp-webjar 7.24.0); the labels are in ../locales/vi.json.
 */
export default {
  app: {
    name: 'Trang chủ',
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

  customScripts: ['scripts/date-formats'],

  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  }
};

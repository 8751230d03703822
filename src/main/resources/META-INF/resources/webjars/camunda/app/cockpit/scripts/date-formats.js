/*
 * Motcua: makes this app honour the "dateFormat" of its scripts/config.js, as Tasklist does.
 * In Camunda 7.24 only Tasklist copies config.dateFormat into the camDate filter; Cockpit
 * hard-codes its formats (normal = 'YYYY-MM-DD[T]HH:mm:ss') and Admin and Welcome keep the
 * filter's defaults. Loaded through config.customScripts, before AngularJS starts the app.
 */
import config from './config.js';

const formats = config.dateFormat || {};

window.angular.module('cam.commons.filter.date').decorator('camDateFormat', [
  '$delegate',
  function (camDateFormat) {
    return function (name) {
      return formats[name || 'normal'] || camDateFormat(name);
    };
  }
]);

export default [];

/*
 * Motcua: the forms' date fields read and show dd/MM/yyyy whatever the browser's language.
 * Camunda Forms (form-js, inside Tasklist) takes its date pattern from the browser's default
 * locale (Intl.DateTimeFormat('default')), so on an English browser 15/12/2026 typed at the
 * desk became 12/03/2027 without a word. The default locale is made British English, whose short
 * date is exactly dd/MM/yyyy ("vi" writes 5/6/2020, unpadded). Explicit locales are left alone.
 * Loaded at Tasklist's start (customScripts in config.js), before any form is shown.
 */
const DAY_FIRST = 'en-GB';
const Native = Intl.DateTimeFormat;

function usesDefault(locales) {
  return locales === undefined || locales === 'default' || (Array.isArray(locales) && locales.length === 0);
}

function DayFirstDateTimeFormat(locales, options) {
  return new Native(usesDefault(locales) ? DAY_FIRST : locales, options);
}
DayFirstDateTimeFormat.prototype = Native.prototype;
DayFirstDateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf;

if (!Intl.DateTimeFormat.motcuaDayFirst) {
  DayFirstDateTimeFormat.motcuaDayFirst = true;
  Intl.DateTimeFormat = DayFirstDateTimeFormat;
}

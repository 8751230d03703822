// The filter's unit and agency name the same offices two ways and go together only for one office:
// choosing one clears the other, so the form never sends a pair the server refuses.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-excludes]').forEach(function (select) {
      select.addEventListener('change', function () {
        var other = select.form && select.form.querySelector('select[name="' + select.getAttribute('data-excludes') + '"]');
        if (select.value && other && other.querySelector('option[value=""]')) {
          other.value = '';
        }
      });
    });
  });
}());

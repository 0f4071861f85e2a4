// The identity form (App.1): the IIN checked as it is typed, by the rules of Platform.Domain.Identity.Iin, and the
// reason shown at the field in the page's language. Only a help: the server checks the IIN again and names the field.
(function () {
  'use strict';
  var input = document.querySelector('input[data-iin-reasons]');
  if (!input) {
    return;
  }

  var reasons = JSON.parse(input.getAttribute('data-iin-reasons'));
  var error = document.getElementById(input.id + '-error');

  // The same steps and order as Iin.Validate: length, digits, century digit, birth date, check digit.
  function check(text) {
    if (!text || !text.trim()) { return 'Empty'; }
    if (text.length !== 12) { return 'WrongLength'; }
    if (!/^[0-9]{12}$/.test(text)) { return 'NotDigits'; }
    var digits = text.split('').map(Number);
    var century = digits[6];
    if (century < 1 || century > 6) { return 'InvalidCenturyDigit'; }
    var year = 1800 + Math.floor((century - 1) / 2) * 100 + digits[0] * 10 + digits[1];
    var month = digits[2] * 10 + digits[3];
    var day = digits[4] * 10 + digits[5];
    var daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
    if (day < 1 || day > daysInMonth) { return 'InvalidBirthDate'; }
    var sum = function (weights) {
      var s = 0;
      for (var i = 0; i < 11; i++) { s += digits[i] * weights[i]; }
      return s % 11;
    };
    var control = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (control === 10) { control = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]); }
    if (control === 10) { return 'CheckDigitUndefined'; }
    return control === digits[11] ? 'None' : 'CheckDigitMismatch';
  }

  function show(reason) {
    var invalid = reason !== 'None';
    error.textContent = invalid ? reasons[reason] : '';
    error.hidden = !invalid;
    if (invalid) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
  }

  // While typing, a short number is not yet wrong; a letter, or twelve digits that are no IIN, are at once.
  input.addEventListener('input', function () {
    var text = input.value;
    var reason = check(text);
    show(text.length < 12 && reason === 'WrongLength' && /^[0-9]*$/.test(text) ? 'None' : reason === 'Empty' ? 'None' : reason);
  });
  input.addEventListener('change', function () { show(check(input.value)); });
})();

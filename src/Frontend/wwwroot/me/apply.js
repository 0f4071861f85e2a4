// The application form (P4): each document chosen is uploaded at once to the upload API with the site's cookie,
// with its progress, and its size or type refused at the field in the page's language. The name the upload got goes
// into the form; without script the files go with the form instead, stored the same way.
(function () {
  'use strict';
  var form = document.querySelector('form[data-upload-url]');
  if (!form) {
    return;
  }

  var maxBytes = Number(form.getAttribute('data-max-bytes'));
  var types = ['application/pdf', 'image/jpeg', 'image/png'];
  var pending = 0;

  function size(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function say(name, file) {
    return form.getAttribute('data-' + name).replace('{0}', file ? file.name : '').replace('{1}', file ? size(file.size) : '');
  }

  Array.prototype.forEach.call(form.querySelectorAll('[data-upload]'), function (field) {
    var input = field.querySelector('input[type="file"]');
    var stored = field.querySelector('input[data-stored-as]');
    var progress = field.querySelector('progress');
    var status = field.querySelector('.me-upload-status');
    var error = field.querySelector('.field-error');

    function fail(message) {
      error.textContent = message;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      progress.hidden = true;
      status.textContent = '';
      stored.value = '';
      input.value = '';
    }

    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) {
        return;
      }

      error.hidden = true;
      input.removeAttribute('aria-invalid');
      if (types.indexOf(file.type) < 0) { fail(say('wrong-type')); return; }
      if (file.size > maxBytes) { fail(say('too-large')); return; }

      var request = new XMLHttpRequest();
      request.open('POST', form.getAttribute('data-upload-url'));
      request.setRequestHeader('Content-Type', file.type);
      request.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) { progress.value = Math.round(event.loaded * 100 / event.total); }
      });
      request.addEventListener('loadend', function () {
        pending--;
        if (request.status === 201) {
          stored.value = JSON.parse(request.responseText).id;
          input.value = '';
          progress.value = 100;
          status.textContent = say('uploaded', file);
          return;
        }

        var detail = null;
        try { detail = JSON.parse(request.responseText).detail; } catch (e) { detail = null; }
        fail(request.status === 413 ? say('too-large') : detail || say('failed'));
      });
      pending++;
      progress.value = 0;
      progress.hidden = false;
      status.textContent = say('uploading', file);
      request.send(file);
    });
  });

  // The form waits for the uploads it lists: a submission in the middle of one would leave its document out.
  form.addEventListener('submit', function (event) {
    if (pending > 0) { event.preventDefault(); }
  });
})();

// After a form's post, the page a person sees is the answer to that post: make its history entry a plain visit, so
// reloading it or coming back to it reads the page again instead of sending the form a second time.
if (window.history && window.history.replaceState) {
  window.history.replaceState(null, "", window.location.href);
}

// The warning of P13 on the exam page: what was seen, and that a second violation ends the exam, in a modal alert
// dialog that Escape cannot close — it waits for the candidate's acknowledgement, which the server stamps. Used by exam.js.
window.ExamWarning = ($, say, element, acknowledge, afterClose) => {
  "use strict";
  const capital = (name) => name.charAt(0).toUpperCase() + name.slice(1);
  $("warning").addEventListener("cancel", (event) => event.preventDefault()); // acknowledged only by its button
  $("warning-ack").addEventListener("click", async () => {
    try { await acknowledge(); } catch { /* still pending: it comes back on resume */ }
    $("warning").close();
    afterClose();
  });

  return (warning) => {
    const what = warning.item ? say("Exam.Item." + capital(warning.item)) : say("Exam.Kind." + capital(warning.kind));
    $("warning-text").replaceChildren(element("p", "", say("Exam.Js.WarningSeen", what)), element("p", "", say("Exam.Js.WarningRule")));
    if (!$("warning").open) $("warning").showModal();
    $("warning-ack").focus();
  };
};

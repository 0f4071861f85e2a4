// The candidate's exam page (issue 13, item 4; P8-P15): one light SignalR connection to /hubs/sitting with the site
// cookie (no token). The server renders every state and hands this script the sitting and its texts in the page's
// language (#exam-data). Answers are saved one by one with a growing per-question sequence and acknowledged only after
// the server's durable write (P9); the questions appear by themselves when the theory opens; a warning (P13) waits in
// an alert dialog until acknowledged; the submission is confirmed with the count of unanswered questions.
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("exam-data").textContent);
  const $ = (id) => document.getElementById(id);
  const say = (key, ...args) => (data.texts[key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[+i]));
  const after = new Set(["theorySubmitted", "notAdmitted", "practicalOpen", "completed", "terminated", "removed", "technicalFailure", "cancelled"]);
  const pageLanguage = document.documentElement.lang;
  // After the check-in post, a reload (ours or the candidate's) must read the page again, not post the form again.
  history.replaceState(null, "", location.href);

  let connection = null;
  let state = "";
  let questions = [];
  const chosen = new Map(); // questionId -> the option the candidate picked last
  const acks = new Map(); // questionId -> "saving" | "saved" | "failed"
  const sequences = new Map();
  let current = 0;
  let poller = 0;
  let resuming = null; // the Resume under way, which a second caller joins

  const status = (key) => { $("connection").textContent = say(key); };
  const refused = () => status("Exam.Js.Refused");
  const announce = (text) => { $("announcer").textContent = text; };
  const time = window.ExamTime($, say, announce, data.extraMinutes, data.outageSeconds);
  let showWarning = () => {}; // the warning dialog (P13), wired with the ticket
  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // ---- the connection ----
  async function start() {
    // Straight to WebSockets, no negotiation (issue 17): the connection is one request, which any frontend behind the
    // balancer can take, so exam clients need no affinity; a reconnect may reach another frontend.
    connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/sitting", { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(30000, 1000 * 2 ** retry.previousRetryCount) })
      .withHubProtocol(new signalR.protocols.msgpack.MessagePackHubProtocol()) // issue 16: the same shapes as JSON
      .build();
    connection.on("Warning", (warning) => showWarning(warning));
    connection.on("Ended", () => location.reload());
    // A push may come again (a sitting tells a new or renewed subscription its state, issue 17): only news acts; with
    // the ticket shown, the time left is taken again (a deadline moved by outage time given back, issue 17).
    connection.on("StateChanged", (next, timeLeft) => {
      const moved = next === "theoryOpen" && state === "theoryOpen" && !$("ticket").hidden;
      state = next;
      if (after.has(next)) location.reload();
      else if (moved) { time.sync(timeLeft); poll(); }
      else if (next === "theoryOpen" && $("ticket").hidden) resume().catch(refused); // the questions appear by themselves
    });
    connection.onreconnecting(() => status("Exam.Js.Reconnecting"));
    connection.onreconnected(() => resume().then(() => { status("Exam.Js.Connected"); retryFailed(); }).catch(refused));
    connection.onclose(() => status("Exam.Js.Closed"));
    status("Exam.Js.Connecting");
    await connection.start();
    await resume();
    status("Exam.Js.Connected");
    poll();
  }

  /** Binds the connection to the sitting; the ticket, the answers the server holds and the time left (P9). One at a time. */
  function resume() {
    resuming ??= readSheet().finally(() => { resuming = null; });
    return resuming;
  }

  async function readSheet() {
    const sheet = await connection.invoke("Resume", data.sittingId);
    state = sheet.state;
    if (after.has(state)) { location.reload(); return; }
    if (state === "theoryOpen") showTicket(sheet);
    if (sheet.pendingWarning) showWarning(sheet.pendingWarning);
  }

  /** The sitting's state, proctoring checks and extra time (none of them is pushed; an outage credit is): every 10 s while waiting, every minute in the theory. */
  async function poll() {
    clearTimeout(poller);
    try {
      const now = await connection.invoke("Status");
      if (after.has(now.state)) { location.reload(); return; }
      if (now.state === "theoryOpen" && $("ticket").hidden) await resume();
      if ($("identity-status")) $("identity-status").textContent = say(now.identityVerified ? "Exam.Done" : "Exam.Pending");
      if ($("room-status")) $("room-status").textContent = say(now.roomScanCompleted ? "Exam.Done" : "Exam.Pending");
      if (now.state === "theoryOpen") {
        time.sync(now.timeLeftSeconds);
        time.showExtraTime(now.extraTimeMinutes);
        time.showOutageTime(now.outageCreditedSeconds ?? 0);
      }
    } catch { /* the next poll or the reconnect tells */ }
    poller = setTimeout(poll, state === "theoryOpen" ? 60000 : 10000);
  }

  // ---- the ticket ----
  function showTicket(sheet) {
    const first = $("ticket").hidden;
    questions = sheet.questions;
    for (const answer of sheet.answers) {
      bump(answer.questionId, answer.sequence);
      if (acks.get(answer.questionId) !== "failed" && acks.get(answer.questionId) !== "saving") {
        chosen.set(answer.questionId, answer.optionId);
        acks.set(answer.questionId, "saved");
      }
    }
    time.sync(sheet.timeLeft);
    $("waiting").hidden = true;
    $("ticket").hidden = false;
    render(false);
    if (first) {
      time.start();
      announce(say("Exam.Js.TheoryOpened"));
      $("ticket-title").focus();
    }
  }

  function render(focus) {
    const question = questions[current];
    const set = element("fieldset");
    const legend = element("legend");
    const number = element("span", "number", say("Exam.Js.Question", question.number, questions.length));
    number.lang = pageLanguage;
    legend.append(number, element("span", "text", question.text));
    set.append(legend);
    question.options.forEach((option, index) => {
      const row = element("div", "choice");
      const input = element("input");
      Object.assign(input, { type: "radio", name: "answer", id: `option-${index}`, value: option.id });
      input.checked = chosen.get(question.questionId) === option.id;
      input.addEventListener("change", () => save(question.questionId, option.id));
      const label = element("label", "", option.text);
      label.htmlFor = input.id;
      row.append(input, label);
      set.append(row);
    });
    $("question").replaceChildren(set);
    $("previous").disabled = current === 0;
    $("next").disabled = current === questions.length - 1;
    showAck(question.questionId);
    renderNav();
    if (focus) ($("question").querySelector("input:checked") || $("question").querySelector("input")).focus();
  }

  const ackText = (ack) => ({ saved: "Exam.Js.Saved", saving: "Exam.Js.Saving", failed: "Exam.Js.NotSaved" })[ack] || "Exam.Js.NotAnswered";

  function showAck(questionId) {
    if (!questions[current] || questions[current].questionId !== questionId) return;
    const ack = acks.get(questionId);
    $("ack").textContent = ack ? say(ackText(ack)) : "";
    $("ack").className = ack || "";
    $("retry").hidden = ack !== "failed";
  }

  function renderNav() {
    $("question-nav").replaceChildren(...questions.map((question, index) => {
      const ack = acks.get(question.questionId);
      const button = element("button", `secondary ${ack || "empty"}`, String(question.number));
      button.type = "button";
      button.append(element("span", "mark", ({ saved: "✓", saving: "…", failed: "!" })[ack] || ""));
      button.lastChild.setAttribute("aria-hidden", "true");
      button.append(element("span", "visually-hidden", ` ${say(ackText(ack))}`));
      if (index === current) button.setAttribute("aria-current", "step");
      button.addEventListener("click", () => go(index));
      const item = element("li");
      item.append(button);
      return item;
    }));
    $("answered").textContent = say("Exam.Js.Answered", savedCount(), questions.length);
  }

  const savedCount = () => questions.filter((q) => acks.get(q.questionId) === "saved").length;

  function go(index) {
    current = Math.max(0, Math.min(questions.length - 1, index));
    render(true);
  }

  function setAck(questionId, ack) {
    acks.set(questionId, ack);
    showAck(questionId);
    renderNav();
  }

  // ---- saving (P9: acknowledged only after the durable write) ----
  const storageKey = (questionId) => `qrp.exam.${data.sittingId}.${questionId}`;

  function bump(questionId, sequence) {
    let known = sequences.get(questionId) || 0;
    try { known = Math.max(known, +(localStorage.getItem(storageKey(questionId)) || 0)); } catch { /* private mode */ }
    const next = Math.max(known, sequence);
    sequences.set(questionId, next);
    try { localStorage.setItem(storageKey(questionId), String(next)); } catch { /* private mode */ }
    return next;
  }

  async function save(questionId, optionId) {
    chosen.set(questionId, optionId);
    const sequence = bump(questionId, 0) + 1;
    bump(questionId, sequence);
    setAck(questionId, "saving");
    try {
      const receipt = await connection.invoke("SaveAnswer", questionId, optionId, sequence);
      if (receipt.refusal == null) time.sync(receipt.timeLeft);
      if (chosen.get(questionId) !== optionId) return; // a later choice is on its way
      setAck(questionId, receipt.refusal == null && receipt.storedOptionId === optionId ? "saved" : "failed");
    } catch {
      if (chosen.get(questionId) === optionId) setAck(questionId, "failed");
    }
  }

  function retryFailed() {
    for (const [questionId, ack] of acks) if (ack === "failed") save(questionId, chosen.get(questionId));
  }

  /** The ticket's buttons and dialogs (rendered from check-in on). */
  function wire() {
    showWarning = window.ExamWarning($, say, element, () => connection.invoke("AcknowledgeWarning"), () => {
      if (!$("ticket").hidden) ($("question").querySelector("input:checked") || $("question").querySelector("input")).focus();
    });

    // ---- submitting (P9, P15) ----
    $("finish").addEventListener("click", () => {
      const saved = savedCount();
      const total = questions.length;
      $("confirm-text").textContent = saved === total ? say("Exam.Js.AllAnswered", total) : say("Exam.Js.Unanswered", saved, total, total - saved);
      $("submit-error").textContent = "";
      $("confirm").showModal();
      $("confirm-back").focus();
    });
    $("confirm-back").addEventListener("click", () => { $("confirm").close(); $("finish").focus(); });
    $("confirm-submit").addEventListener("click", async () => {
      $("confirm-submit").disabled = true;
      try {
        await connection.invoke("Submit");
        location.reload(); // the result (P15), rendered by the server
      } catch {
        $("submit-error").textContent = say("Exam.Js.SubmitFailed");
        $("confirm-submit").disabled = false;
      }
    });

    $("previous").addEventListener("click", () => go(current - 1));
    $("next").addEventListener("click", () => go(current + 1));
    $("retry").addEventListener("click", () => save(questions[current].questionId, chosen.get(questions[current].questionId)));
  }

  if (data.stage !== "CheckIn") {
    wire();
    start().catch(refused);
  }
})();

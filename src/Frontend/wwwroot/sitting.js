// The candidate's online sitting (P9, P13): the ticket in the exam language, each answer saved with a growing
// per-question sequence (acknowledged only after the durable write), the time left, the warning, the termination.
(() => {
  const { t } = QRP;
  const $ = (id) => document.getElementById(id);
  let connection = null;
  let sittingId = "";
  let sheet = null;
  let deadline = 0; // local clock
  let warning = null;

  const status = (key) => { $("live").textContent = t(key); };
  const seqKey = (questionId) => `qrp.seq.${sittingId}.${questionId}`;

  function describeWarning() {
    if (!warning) return "";
    const what = warning.item ? t("item." + warning.item) : t("kind." + warning.kind);
    return `${t("sitting.warning")} (${what})`;
  }

  function showWarning(w) {
    warning = w;
    $("warning-text").textContent = describeWarning();
    $("warning").hidden = false;
    $("warning-ack").focus();
  }

  function end() {
    $("exam").hidden = true;
    $("warning").hidden = true;
    $("terminated").hidden = false;
  }

  function mark(questionId, key) {
    const note = document.getElementById("saved-" + questionId);
    note.dataset.text = key;
    note.textContent = t(key);
  }

  function renderTicket() {
    const form = $("ticket");
    form.replaceChildren();
    const saved = new Map(sheet.answers.map((a) => [a.questionId, a]));
    const open = sheet.state === "theoryOpen";
    sheet.questions.forEach((q) => {
      const set = document.createElement("fieldset");
      set.dataset.question = q.questionId;
      const legend = document.createElement("legend");
      legend.textContent = `${t("sitting.question")} ${q.number}. ${q.text}`;
      set.appendChild(legend);
      q.options.forEach((o) => {
        const label = document.createElement("label");
        const input = document.createElement("input");
        input.type = "radio";
        input.name = q.questionId;
        input.value = o.id;
        input.disabled = !open;
        input.checked = saved.get(q.questionId)?.optionId === o.id;
        input.addEventListener("change", () => save(q.questionId, o.id));
        label.append(input, document.createTextNode(o.text));
        set.appendChild(label);
      });
      const note = document.createElement("p");
      note.id = "saved-" + q.questionId;
      note.className = "saved";
      note.setAttribute("aria-live", "polite");
      set.appendChild(note);
      form.appendChild(set);
      if (saved.has(q.questionId)) {
        mark(q.questionId, "sitting.saved");
        const stored = saved.get(q.questionId).sequence;
        if (+(localStorage.getItem(seqKey(q.questionId)) || 0) < stored) localStorage.setItem(seqKey(q.questionId), String(stored));
      }
    });
    $("submit").disabled = !open;
  }

  async function save(questionId, optionId) {
    const sequence = +(localStorage.getItem(seqKey(questionId)) || 0) + 1;
    localStorage.setItem(seqKey(questionId), String(sequence));
    mark(questionId, "sitting.saving");
    try {
      const receipt = await connection.invoke("SaveAnswer", questionId, optionId, sequence);
      mark(questionId, receipt.storedOptionId === optionId ? "sitting.saved" : "sitting.notSaved");
    } catch {
      mark(questionId, "sitting.notSaved");
    }
  }

  async function resume() {
    sheet = await connection.invoke("Resume", sittingId);
    deadline = Date.now() + QRP.seconds(sheet.timeLeft) * 1000;
    if (sheet.state === "terminated" || sheet.state === "removed") { end(); return; }
    $("exam").hidden = false;
    renderTicket();
    if (sheet.pendingWarning) showWarning(sheet.pendingWarning);
    status(sheet.state === "theoryOpen" ? "live.connected" : "sitting.notOpen");
  }

  async function open(account, wanted) {
    const token = await QRP.signIn(account);
    sittingId = wanted;
    if (connection) await connection.stop();
    connection = QRP.connect("/hubs/sitting", account, token);
    connection.on("Warning", showWarning);
    connection.on("Ended", end);
    connection.on("StateChanged", (state, seconds) => {
      if (sheet) { sheet.state = state; deadline = Date.now() + QRP.seconds(seconds) * 1000; renderTicket(); }
    });
    connection.onreconnecting(() => status("live.reconnecting"));
    connection.onreconnected(() => resume().catch(() => status("live.refused")));
    connection.onclose(() => status("live.closed"));
    status("live.connecting");
    await connection.start();
    await resume();
  }

  $("signin").addEventListener("submit", (event) => {
    event.preventDefault();
    open($("account").value.trim(), $("sitting").value.trim()).catch(() => status("live.refused"));
  });
  $("warning-ack").addEventListener("click", async () => {
    await connection.invoke("AcknowledgeWarning");
    $("warning").hidden = true;
  });
  $("submit").addEventListener("click", async () => {
    await connection.invoke("Submit");
    $("done").hidden = false;
    $("submit").disabled = true;
  });
  $("sitting").value = QRP.params.get("sitting") || "";
  QRP.wireLanguage($("lang"));
  QRP.onLanguage(() => { if (sheet) renderTicket(); if (warning) $("warning-text").textContent = describeWarning(); });
  QRP.apply();
  setInterval(() => {
    if (sheet && sheet.state === "theoryOpen") $("timer").textContent = QRP.clock((deadline - Date.now()) / 1000);
  }, 1000);
})();

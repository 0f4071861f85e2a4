// The center's live dashboard (SPEC §5): the picture on (re)connecting, then each change, newest revision wins.
(() => {
  const { t } = QRP;
  const rows = new Map(); // sittingId -> { row, receivedAt }
  let connection = null;
  let center = "";

  const $ = (id) => document.getElementById(id);
  const status = (key) => { $("live").dataset.text = key; $("live").textContent = t(key); };

  function timeLeft(entry) {
    if (entry.row.state !== "theoryOpen") return "—";
    return QRP.clock(QRP.seconds(entry.row.timeLeft) - (Date.now() - entry.receivedAt) / 1000);
  }

  function render() {
    const body = $("rows");
    body.replaceChildren();
    [...rows.values()].sort((a, b) => a.row.sittingId.localeCompare(b.row.sittingId)).forEach((entry) => {
      const r = entry.row;
      const tr = document.createElement("tr");
      tr.dataset.sitting = r.sittingId;
      if (r.ended) tr.className = "ended";
      const cells = [
        ["candidate", r.candidateKey],
        ["state", t("state." + r.state)],
        ["progress", r.total ? `${r.answered} / ${r.total}` : "—"],
        ["time-left", timeLeft(entry)],
        ["warnings", String(r.warnings)],
        ["suspicious", r.confirmed ? `${r.suspicious} (${r.confirmed}✓)` : String(r.suspicious)],
        ["ended", r.ended ? `${t("state." + r.state)} (${r.ended})` : t("ended.none")],
        ["connection", t("connection." + r.connection)],
      ];
      cells.forEach(([name, text], i) => {
        const cell = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) cell.scope = "row";
        cell.className = name + ((name === "warnings" && r.warnings > 0) || (name === "ended" && r.ended) ? " warn" : "");
        cell.textContent = text;
        tr.appendChild(cell);
      });
      body.appendChild(tr);
    });
    $("board").hidden = rows.size === 0;
    $("empty").hidden = rows.size !== 0;
  }

  function take(row) {
    const known = rows.get(row.sittingId);
    if (!known || row.revision > known.row.revision) rows.set(row.sittingId, { row, receivedAt: Date.now() });
  }

  async function join() {
    const picture = await connection.invoke("JoinCenter", center);
    rows.clear();
    picture.sittings.forEach(take);
    render();
    status("live.connected");
  }

  async function watch(account, wanted) {
    const token = await QRP.signIn(account);
    center = wanted || QRP.claims(token).center || "";
    $("center").value = center;
    if (connection) await connection.stop();
    connection = QRP.connect("/hubs/center", account, token);
    connection.on("SittingChanged", (row) => { take(row); render(); });
    connection.onreconnecting(() => status("live.reconnecting"));
    connection.onreconnected(() => join().catch(() => status("live.refused")));
    connection.onclose(() => status("live.closed"));
    status("live.connecting");
    await connection.start();
    await join();
  }

  $("signin").addEventListener("submit", (event) => {
    event.preventDefault();
    watch($("account").value.trim(), $("center").value.trim()).catch(() => status("live.refused"));
  });
  QRP.wireLanguage($("lang"));
  QRP.onLanguage(render);
  QRP.apply();
  setInterval(() => document.querySelectorAll("#rows td.time-left").forEach((cell) => {
    const entry = rows.get(cell.parentElement.dataset.sitting);
    if (entry) cell.textContent = timeLeft(entry);
  }), 1000);
})();

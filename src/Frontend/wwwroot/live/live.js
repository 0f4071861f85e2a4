// The center's live dashboard (issue 14, SPEC §5), over the table the server rendered: joins /hubs/center with the
// site's cookie, keeps the newest revision of each sitting, and applies the changes received once per animation frame,
// rewriting only the cells whose text changed (never the whole table), so 2,000 sittings stay smooth. A sitting that
// appears after the page was rendered is named by one batched POST of the new ids (never a name or key in a URL). A
// reader's table (data-reader="1", the national operator) is headed by case numbers and names nobody. Every table
// connects by WebSockets only, without negotiation: the operator may not POST /negotiate, and one request to open the
// connection lets any frontend behind the balancer take it (issue 17: no affinity).
(() => {
  "use strict";
  const table = document.getElementById("live-board");
  if (!table || !window.signalR) return;
  const words = JSON.parse(document.getElementById("live-words").textContent);
  const center = table.dataset.center;
  const caseLinks = table.dataset.cases === "1";
  const reader = table.dataset.reader === "1";
  const sittings = table.dataset.sittings;
  const body = table.tBodies[0];
  const status = document.getElementById("live-status");
  const summary = document.getElementById("live-summary");
  const caption = table.caption;
  const empty = document.getElementById("live-empty");
  const filter = document.getElementById("live-show");
  const started = performance.now();
  const renderedAt = Date.parse(table.dataset.at);
  const platformNow = () => renderedAt + (performance.now() - started);
  const final = new Set(words.final);
  const rows = new Map(); // sittingId -> entry { tr, cells, revision, state, deadline, left, since, attention, final }
  const pending = new Map(); // sittingId -> newest row received since the last frame
  const unnamed = new Set();
  let frame = 0;
  let naming = false;

  const pad = (n) => String(n).padStart(2, "0");
  const clock = (s) => { s = Math.max(0, Math.floor(s)); return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`; };
  // .NET TimeSpan JSON ("[-][d.]hh:mm:ss[.fffffff]") in seconds.
  function seconds(span) {
    const m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(span || "");
    if (!m) return 0;
    const s = (+(m[2] || 0)) * 86400 + (+m[3]) * 3600 + (+m[4]) * 60 + parseFloat(m[5]);
    return m[1] ? -s : s;
  }
  const format = (text, ...args) => args.reduce((t, a, i) => t.split(`{${i}}`).join(String(a)), text);
  const set = (cell, text) => { if (cell.textContent !== text) cell.textContent = text; };
  const cellsOf = (tr) => {
    const cells = {};
    for (const cell of tr.cells) cells[cell.className.replace(/^c-/, "")] = cell;
    return cells;
  };

  function shows(entry) {
    switch (filter ? filter.value : "all") {
      case "attention": return entry.attention;
      case "running": return !entry.final;
      case "ended": return entry.final;
      default: return true;
    }
  }

  function leftOf(entry) {
    if (entry.state !== "theoryOpen") return "—";
    return clock(entry.deadline ? (entry.deadline - platformNow()) / 1000 : entry.left - (performance.now() - entry.since) / 1000);
  }

  // The rows the server rendered: their facts from data attributes, so the first changes compare with them.
  for (const tr of body.rows) {
    const d = tr.dataset;
    rows.set(d.sitting, {
      tr, cells: cellsOf(tr), revision: +d.rev, state: d.state, deadline: d.deadline ? Date.parse(d.deadline) : null,
      left: +d.left, since: started, attention: tr.classList.contains("attention"), final: final.has(d.state),
    });
  }

  function create(row) {
    const tr = document.createElement("tr");
    tr.id = "row-" + row.sittingId;
    tr.dataset.sitting = row.sittingId;
    const head = document.createElement("th");
    head.scope = "row";
    head.className = reader ? "c-case" : "c-name";
    const link = document.createElement("a");
    link.href = sittings + encodeURIComponent(row.sittingId);
    link.textContent = reader ? row.caseId : words.unnamed;
    head.appendChild(link);
    tr.appendChild(head);
    if (!reader) {
      const number = row.caseId.length >= 13 ? row.caseId.slice(5, 13) : row.caseId;
      const caseCell = document.createElement("td");
      caseCell.className = "c-case";
      if (caseLinks) {
        const open = document.createElement("a");
        open.href = `/center/${encodeURIComponent(center)}/cases/${encodeURIComponent(row.caseId)}`;
        open.textContent = number;
        caseCell.appendChild(open);
      } else caseCell.textContent = number;
      tr.appendChild(caseCell);
      unnamed.add(row.sittingId);
    }
    for (const name of ["state", "left", "answers", "warnings", "suspicious", "ended", "connection"]) {
      const cell = document.createElement("td");
      cell.className = "c-" + name;
      tr.appendChild(cell);
    }
    body.appendChild(tr);
    const entry = { tr, cells: cellsOf(tr), revision: -1 };
    rows.set(row.sittingId, entry);
    return entry;
  }

  function paint(entry, row) {
    entry.revision = row.revision;
    entry.state = row.state;
    entry.deadline = row.deadline ? Date.parse(row.deadline) : null;
    entry.left = seconds(row.timeLeft);
    entry.since = performance.now();
    entry.final = final.has(row.state);
    entry.attention = !entry.final && (row.suspicious > row.confirmed || row.connection === "lost" || row.warnings > 0);
    const c = entry.cells;
    set(c.state, words.states[row.state] || row.state);
    set(c.left, leftOf(entry));
    set(c.answers, row.total > 0 ? `${row.answered}/${row.total}` : "—");
    set(c.warnings, String(row.warnings));
    set(c.suspicious, format(words.suspicious, row.suspicious, row.confirmed));
    set(c.ended, row.ended && words.ended[row.state] ? format(words.ended[row.state], row.ended) : "—");
    set(c.connection, words.connections[row.connection] || row.connection);
    entry.tr.dataset.rev = row.revision;
    entry.tr.dataset.state = row.state;
    entry.tr.className = entry.attention ? "attention" : entry.final ? "final" : "";
    entry.tr.hidden = !shows(entry);
  }

  let counted = "";
  function count() {
    let attention = 0;
    let shown = 0;
    for (const entry of rows.values()) {
      if (entry.attention) attention++;
      if (!entry.tr.hidden) shown++;
    }
    const text = format(words.summary, rows.size, attention, shown);
    if (text !== counted) {
      counted = text;
      summary.textContent = text;
      set(caption, format(words.caption, rows.size));
      empty.hidden = rows.size > 0;
    }
  }

  function flush() {
    frame = 0;
    for (const row of pending.values()) {
      const entry = rows.get(row.sittingId) || create(row);
      if (row.revision > entry.revision) paint(entry, row);
    }
    pending.clear();
    count();
    if (unnamed.size && !naming) name();
  }

  function take(row) {
    const waiting = pending.get(row.sittingId);
    if (!waiting || row.revision > waiting.revision) pending.set(row.sittingId, row);
    if (!frame) frame = requestAnimationFrame(flush);
  }

  // The names of sittings that appeared live, at most 200 per request, one request at a time.
  async function name() {
    naming = true;
    try {
      while (unnamed.size) {
        const ids = [...unnamed].slice(0, 200);
        ids.forEach((id) => unnamed.delete(id));
        const response = await fetch(`/center/${encodeURIComponent(center)}/live/names`, {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ sittings: ids }),
        });
        if (!response.ok) break;
        const names = await response.json();
        for (const [id, text] of Object.entries(names)) {
          const link = rows.get(id)?.cells.name.firstElementChild;
          if (link) link.textContent = text;
        }
      }
    } finally {
      naming = false;
    }
  }

  function say(key) { status.textContent = words.status[key]; }

  if (filter) {
    const apply = filter.form.querySelector("button"); // the script filters at once: no button needed
    if (apply) apply.style.display = "none";
    filter.addEventListener("change", () => {
      for (const entry of rows.values()) entry.tr.hidden = !shows(entry);
      counted = "";
      count();
      history.replaceState(null, "", filter.value === "all" ? location.pathname : `${location.pathname}?show=${filter.value}`);
    });
  }

  setInterval(() => {
    for (const entry of rows.values()) {
      if (entry.state === "theoryOpen" && !entry.tr.hidden) set(entry.cells.left, leftOf(entry));
    }
  }, 1000);

  const options = { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets };
  const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/center", options).withAutomaticReconnect()
    .withHubProtocol(new signalR.protocols.msgpack.MessagePackHubProtocol()) // issue 16: the same shapes as JSON
    .build();
  connection.on("SittingChanged", take);
  const join = async () => {
    const picture = await connection.invoke("JoinCenter", center);
    picture.sittings.forEach(take);
    say("connected");
  };
  connection.onreconnecting(() => say("reconnecting"));
  connection.onreconnected(() => join().catch(() => say("refused")));
  connection.onclose(() => say("closed"));
  say("connecting");
  connection.start().then(join).catch(() => say("refused"));
})();

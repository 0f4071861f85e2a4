// The national operator's live picture (issue 15; SPEC §1, §5). The page arrives with every center's counts; this
// script joins the national group of /hubs/center (WebSockets only: the operator may not POST /negotiate), takes the
// counts again on (re)joining (and every 30 s), then each "CountsChanged". Changes are kept per center (the highest
// revision) and applied once per animation frame, however many arrive, so 10,000 live sittings do not redraw the table
// 10,000 times.
(() => {
  const table = document.getElementById("national");
  const status = document.getElementById("live-status");
  if (!table || !status || !window.signalR) return;

  const fields = ["checkedIn", "theory", "practical", "warnings", "terminations", "technicalFailures"];
  const pending = new Map();
  const revisions = new Map(); // center -> the highest revision taken: notifications may arrive out of order
  let scheduled = false;

  const say = (name) => { status.textContent = status.dataset[name] || status.textContent; };

  // Counts by state arrive keyed by the state's name; read them whatever its case.
  function inState(counts, state) {
    const byState = counts.byState || {};
    const key = Object.keys(byState).find((k) => k.toLowerCase() === state.toLowerCase());
    return key ? byState[key] : 0;
  }

  function valuesOf(counts) {
    return {
      checkedIn: inState(counts, "checkedIn"), theory: inState(counts, "theoryOpen"), practical: inState(counts, "practicalOpen"),
      warnings: counts.warnings || 0, terminations: counts.terminations || 0, technicalFailures: inState(counts, "technicalFailure"),
    };
  }

  function rowOf(center) {
    const found = table.querySelector(`tbody tr[data-center="${CSS.escape(center)}"]`);
    if (found) return found;
    const row = document.getElementById("national-row").content.firstElementChild.cloneNode(true);
    row.dataset.center = center;
    row.querySelector("a").href = `/operator/centers/${encodeURIComponent(center)}`;
    row.querySelector(".center-number").textContent = center;
    table.tBodies[0].appendChild(row);
    return row;
  }

  function set(row, field, value) {
    const cell = row.querySelector(`[data-field="${field}"]`);
    const text = String(value);
    if (cell && cell.textContent !== text) {
      cell.textContent = text;
      cell.classList.remove("changed");
      void cell.offsetWidth; // restarts the highlight
      cell.classList.add("changed");
    }
  }

  function flush() {
    scheduled = false;
    pending.forEach((counts, center) => {
      const row = rowOf(center);
      const values = valuesOf(counts);
      fields.forEach((field) => set(row, field, values[field]));
    });
    pending.clear();
    const total = table.querySelector("tfoot tr");
    fields.forEach((field) => {
      let sum = 0;
      table.querySelectorAll(`tbody [data-field="${field}"]`).forEach((cell) => { sum += Number(cell.textContent) || 0; });
      set(total, field, sum);
    });
    table.dataset.updated = String(Date.now());
  }

  function take(counts) {
    if (!counts || !counts.center) return;
    const revision = counts.revision || 0;
    if (revision < (revisions.get(counts.center) || 0)) return;
    revisions.set(counts.center, revision);
    pending.set(counts.center, counts);
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(flush);
    }
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/center", { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    .withAutomaticReconnect()
    .withHubProtocol(new signalR.protocols.msgpack.MessagePackHubProtocol()) // issue 16: the same shapes as JSON
    .build();
  connection.on("CountsChanged", take);

  async function join() {
    const national = await connection.invoke("JoinNational");
    (national.centers || []).forEach(take);
    table.dataset.live = "joined";
    say("connected");
  }

  connection.onreconnecting(() => say("reconnecting"));
  connection.onreconnected(() => join().catch(() => say("closed")));
  connection.onclose(() => say("closed"));
  connection.start().then(join).catch(() => say("closed"));
  // The grains tell a change once and do not repeat unchanged counts. When the national grain's activation is lost (a
  // silo stops), the frontend's subscription comes back within 30 s (LiveRenewal) and the changes told in between never
  // reach this page: joining again every 30 s reads the whole picture and heals that.
  setInterval(() => {
    if (connection.state === signalR.HubConnectionState.Connected) join().catch(() => {});
  }, 30000);
})();

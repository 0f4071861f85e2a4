// The operator's statistics charts (issue 15): drawn with Chart.js from the month table the server rendered, which stays
// the accessible source (the canvases are hidden from screen readers). Without script, or without Chart.js, the page is
// the tables.
(() => {
  const table = document.getElementById("by-month");
  if (!table || !window.Chart) return;

  const headers = [...table.tHead.rows[0].cells];
  const column = (series) => headers.findIndex((cell) => cell.dataset.series === series);
  const label = (series) => headers[column(series)].textContent.trim();
  const rows = [...table.tBodies[0].rows];
  const months = rows.map((row) => row.cells[0].textContent.trim());
  const values = (series) => rows.map((row) => {
    const text = row.cells[column(series)].dataset.value;
    return text === "" ? null : Number(text);
  });
  // Colours told apart by more than hue: solid and dashed lines, and the values are in the table.
  const palette = ["#1e3a8a", "#0f766e", "#b45309", "#7e22ce"];

  const bars = (series) => series.map((name, i) => ({ label: label(name), data: values(name), backgroundColor: palette[i] }));
  new Chart(document.getElementById("chart-counts"), {
    type: "bar",
    data: { labels: months, datasets: bars(["applications", "contracts", "sittings", "appeals"]) },
    options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });

  new Chart(document.getElementById("chart-rates"), {
    type: "line",
    data: {
      labels: months,
      datasets: [
        { label: label("theoryRate"), data: values("theoryRate"), borderColor: palette[0], backgroundColor: palette[0], spanGaps: true },
        { label: label("practicalRate"), data: values("practicalRate"), borderColor: palette[2], backgroundColor: palette[2], borderDash: [6, 4], spanGaps: true },
      ],
    },
    options: { animation: false, responsive: true, scales: { y: { min: 0, max: 100, ticks: { callback: (v) => v + " %" } } } },
  });
  // P23: the appeals decided, by outcome, stacked per month (patterns are not needed: each outcome is a table column too).
  new Chart(document.getElementById("chart-appeals"), {
    type: "bar",
    data: { labels: months, datasets: bars(["appealsUpheld", "appealsRejected", "appealsResit"]) },
    options: { animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
  table.dataset.charted = "true";
})();

// Computes a working-day deadline through the public calendar API and shows it, or the API's problem.
const form = document.getElementById("deadline-form");
const result = document.getElementById("deadline-result");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const query = new URLSearchParams(new FormData(form));
  const response = await fetch(`/api/v1/calendar/deadline?${query}`, { headers: { "Accept-Language": navigator.language } });
  const body = await response.json();
  if (response.ok) {
    result.className = "";
    result.textContent = `Due: ${body.due} (ends ${new Date(body.dueAt).toISOString()} UTC)`;
  } else {
    result.className = "error";
    result.textContent = `${body.title}: ${body.detail}`;
  }
});

// The time left on the exam page (P9; extra time granted by the commission, P10, P11; outage time given back by the
// platform, issue 17): a countdown from the server's figure, re-set whenever the server tells it (an acknowledged
// answer, a status poll, a pushed credit), announced politely at 30, 15, 10, 5 and 1 minutes left rather than every
// second. Used by exam.js.
window.ExamTime = ($, say, announce, extraMinutes, outageSeconds) => {
  "use strict";
  let deadline = 0; // performance.now() when the time is up
  let ticking = 0;
  const announced = new Set();
  const two = (n) => String(n).padStart(2, "0");

  /** A TimeSpan of the hub ("[d.]hh:mm:ss[.fffffff]") or a number, in seconds. */
  function seconds(value) {
    if (typeof value === "number") return value;
    const m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value || "");
    if (!m) return 0;
    const total = (+(m[2] || 0)) * 86400 + (+m[3]) * 3600 + (+m[4]) * 60 + (+m[5]);
    return m[1] ? -total : total;
  }

  function tick() {
    const left = Math.max(0, Math.round((deadline - performance.now()) / 1000));
    $("timer").textContent = `${two(Math.floor(left / 3600))}:${two(Math.floor(left / 60) % 60)}:${two(left % 60)}`;
    for (const minutes of [30, 15, 10, 5, 1]) {
      if (left <= minutes * 60 && left > minutes * 60 - 60 && !announced.has(minutes)) {
        announced.add(minutes);
        announce(say("Exam.Js.MinutesLeft", minutes));
      }
    }
  }

  return {
    /** The server's time left: seconds, or a TimeSpan as the hub writes it. */
    sync(left) { deadline = performance.now() + Math.max(0, seconds(left)) * 1000; },

    /** Starts the countdown (once). */
    start() {
      if (ticking) return;
      ticking = setInterval(tick, 1000);
      tick();
    },

    /** The extra minutes granted so far, shown beside the timer and announced when they grow. */
    showExtraTime(minutes) {
      if (minutes === extraMinutes) return;
      const granted = minutes > extraMinutes;
      extraMinutes = minutes;
      $("extra-time").textContent = say("Exam.ExtraTime", minutes);
      $("extra-time").hidden = minutes === 0;
      if (granted) announce(say("Exam.Js.ExtraGranted", minutes));
    },

    /** The seconds the platform gave back for its outages (issue 17, P11), shown beside the timer and announced when they grow. */
    showOutageTime(seconds) {
      if (seconds === outageSeconds) return;
      const credited = seconds > outageSeconds;
      outageSeconds = seconds;
      $("outage-time").textContent = say("Exam.OutageTime", seconds);
      $("outage-time").hidden = seconds === 0;
      if (credited) announce(say("Exam.Js.OutageCredited", seconds));
    },
  };
};
